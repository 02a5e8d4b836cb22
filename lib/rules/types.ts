// Shared vocabulary of the rules module. SPEC §9 names (Urgency, RepairCategory,
// ComplaintChannel, LocalDate) are public API: keep their names and members stable.

export type Urgency = 'urgent' | 'general'

export type RepairCategory =
  | 'urgent'
  | 'leak'
  | 'safety'
  | 'pipe'
  | 'appliance'
  | 'tv'
  | 'wallCrack'
  | 'other'

export type ComplaintChannel =
  | 'phone'
  | 'walkIn'
  | 'letter'
  | 'visit'
  | 'media'
  | 'authority'
  | 'online'

/** 'YYYY-MM-DD' in the center's time zone (a calendar date, not an instant). */
export type LocalDate = string

/** 'YYYY-MM' calendar month. */
export type YearMonth = string

/** 'HH:MM' local wall-clock time; '24:00' is allowed as a window end. */
export type LocalTime = string

/** 0 = Sunday … 6 = Saturday (same as Date#getDay). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export type ComplaintNature = 'effective' | 'communicative'

export type ComplaintLevel = 1 | 2 | 3 | 4

export type VisitKind = 'home' | 'phone'

/** A computed due instant plus the rule that produced it, so the UI can say why. */
export interface Deadline {
  key: string
  due: Date
  rule: string
  label?: string
}

/** Partial at every depth; arrays are replaced as a whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T
