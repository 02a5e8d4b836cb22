// T1–T3, T5: all day arithmetic happens on local calendar dates of the center's time zone;
// instants go in and out as plain Dates. Never uses the machine's time zone.
import { TZDate } from '@date-fns/tz'
import { resolveSettings, type Settings } from './settings'
import type { DeepPartial, LocalDate, LocalTime, Weekday, YearMonth } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export interface LocalParts {
  year: number
  month: number // 1–12
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
  weekday: Weekday
}

export function assertValidInstant(at: Date, what = '时间'): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError(`${what}无效：需要一个有效的 Date`)
  }
}

/** Wall-clock parts of an instant in the center's time zone (T1). */
export function localParts(at: Date, settings?: SettingsArg): LocalParts {
  assertValidInstant(at)
  const z = new TZDate(at.getTime(), resolveSettings(settings).timeZone)
  return {
    year: z.getFullYear(),
    month: z.getMonth() + 1,
    day: z.getDate(),
    hour: z.getHours(),
    minute: z.getMinutes(),
    second: z.getSeconds(),
    millisecond: z.getMilliseconds(),
    weekday: z.getDay() as Weekday,
  }
}

export function toLocalDate(at: Date, settings?: SettingsArg): LocalDate {
  const p = localParts(at, settings)
  return formatLocalDate(p.year, p.month, p.day)
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLocalDate(x: unknown): x is LocalDate {
  if (typeof x !== 'string') return false
  const m = LOCAL_DATE_RE.exec(x)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

export function parseLocalDate(d: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(d)) throw new RangeError(`日期无效：${String(d)}（应为 YYYY-MM-DD）`)
  const [year, month, day] = d.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

// Civil-date arithmetic on a UTC scale: a LocalDate has no time zone, so UTC is just a ruler here.
function dayNumber(d: LocalDate): number {
  const { year, month, day } = parseLocalDate(d)
  return Date.UTC(year, month - 1, day) / DAY_MS
}

function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * DAY_MS)
  return formatLocalDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

export function addLocalDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`天数必须是整数：${n}`)
  return fromDayNumber(dayNumber(d) + n)
}

/** a − b in calendar days. */
export function diffLocalDays(a: LocalDate, b: LocalDate): number {
  return dayNumber(a) - dayNumber(b)
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return diffLocalDays(a, b)
}

/** Weekday of a local date, or of an instant in the center's time zone. */
export function localWeekday(x: LocalDate | Date, settings?: SettingsArg): Weekday {
  if (x instanceof Date) return localParts(x, settings).weekday
  return new Date(dayNumber(x) * DAY_MS).getUTCDay() as Weekday
}

/** Minutes since local midnight (0–1439). */
export function localMinutesOfDay(at: Date, settings?: SettingsArg): number {
  const p = localParts(at, settings)
  return p.hour * 60 + p.minute
}

/** Milliseconds since local midnight: used where a boundary is exclusive to the millisecond. */
export function localMsOfDay(at: Date, settings?: SettingsArg): number {
  const p = localParts(at, settings)
  return ((p.hour * 60 + p.minute) * 60 + p.second) * 1000 + p.millisecond
}

/** The instant of a local wall-clock time on a local date. */
export function localDateTime(d: LocalDate, time: LocalTime, settings?: SettingsArg): Date {
  const { year, month, day } = parseLocalDate(d)
  const minutes = parseLocalTime(time)
  const z = new TZDate(year, month - 1, day, 0, minutes, 0, 0, resolveSettings(settings).timeZone)
  return new Date(z.getTime())
}

/** 'HH:MM' → minutes since midnight; '24:00' → 1440. */
export function parseLocalTime(time: LocalTime): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time)
  const h = m ? Number(m[1]) : NaN
  const min = m ? Number(m[2]) : NaN
  if (!m || min > 59 || h > 24 || (h === 24 && min !== 0)) {
    throw new RangeError(`时间无效：${String(time)}（应为 HH:MM）`)
  }
  return h * 60 + min
}

export function startOfLocalDay(d: LocalDate, settings?: SettingsArg): Date {
  const { year, month, day } = parseLocalDate(d)
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, 0, resolveSettings(settings).timeZone).getTime())
}

/** 23:59:59.999 local of the date, as an instant (T3). */
export function endOfLocalDay(d: LocalDate, settings?: SettingsArg): Date {
  const { year, month, day } = parseLocalDate(d)
  return new Date(
    new TZDate(year, month - 1, day, 23, 59, 59, 999, resolveSettings(settings).timeZone).getTime(),
  )
}

/** T3: end of the Nth calendar day after the event's local date; n = 0 → end of that same day. */
export function calendarDaysDeadline(from: Date, n: number, settings?: SettingsArg): Date {
  assertValidInstant(from, '事件时间')
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`天数必须是非负整数：${n}`)
  const s = resolveSettings(settings)
  return endOfLocalDay(addLocalDays(toLocalDate(from, s), n), s)
}

/** T2: clock hours from the instant. */
export function hoursDeadline(from: Date, hours: number): Date {
  assertValidInstant(from, '事件时间')
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`小时数必须是非负数：${hours}`)
  return new Date(from.getTime() + hours * HOUR_MS)
}

// ---------- months ----------

const YEAR_MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

export function parseYearMonth(ym: YearMonth): { year: number; month: number } {
  const m = YEAR_MONTH_RE.exec(ym)
  if (!m) throw new RangeError(`月份无效：${String(ym)}（应为 YYYY-MM）`)
  return { year: Number(m[1]), month: Number(m[2]) }
}

export function formatYearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`
}

export function yearMonthOf(d: LocalDate): YearMonth {
  const { year, month } = parseLocalDate(d)
  return formatYearMonth(year, month)
}

export function addMonthsToYearMonth(ym: YearMonth, n: number): YearMonth {
  const { year, month } = parseYearMonth(ym)
  const idx = year * 12 + (month - 1) + n
  return formatYearMonth(Math.floor(idx / 12), (idx % 12) + 1)
}

export function daysInMonth(ym: YearMonth): number {
  const { year, month } = parseYearMonth(ym)
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The given day of a month, clamped to its last day (31 → 28 in February). */
export function dayOfMonth(ym: YearMonth, day: number): LocalDate {
  const { year, month } = parseYearMonth(ym)
  if (!Number.isInteger(day) || day < 1) throw new RangeError(`日必须是正整数：${day}`)
  return formatLocalDate(year, month, Math.min(day, daysInMonth(ym)))
}

export function firstDayOfMonth(ym: YearMonth): LocalDate {
  return dayOfMonth(ym, 1)
}

export function lastDayOfMonth(ym: YearMonth): LocalDate {
  return dayOfMonth(ym, 31)
}

/** Same day n months later, clamped to month end (2026-01-31 + 1 → 2026-02-28), like date-fns addMonths. */
export function addMonthsToLocalDate(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`月数必须是整数：${n}`)
  const { day } = parseLocalDate(d)
  return dayOfMonth(addMonthsToYearMonth(yearMonthOf(d), n), day)
}

/** The months of the k-month block (anchored at January) that contains ym, e.g. k=3 → its quarter. */
export function monthBlock(ym: YearMonth, k: number): { first: YearMonth; last: YearMonth } {
  if (!Number.isInteger(k) || k < 1 || k > 12) throw new RangeError(`周期月数必须是 1–12 的整数：${k}`)
  const { year, month } = parseYearMonth(ym)
  const start = Math.floor((month - 1) / k) * k + 1
  const end = Math.min(start + k - 1, 12)
  return { first: formatYearMonth(year, start), last: formatYearMonth(year, end) }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}
