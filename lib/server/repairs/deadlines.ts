// The deadlines a repair page shows, all from lib/rules: R1 (reply to the resident), the §3.1 fix target
// (settings.repairFixTargets, calendar days per T3) and the stored callbacks' keys.
import { calendarDaysDeadline, endOfLocalDay, replyDeadlineInfo, toLocalDate, type RepairCategory, type Settings } from '@/lib/rules'

/** R1: urgent (an 急修 or a repair flagged urgent) 24 h, general 48 h from the reported time. */
export function repairReplyDeadline(r: { reportedAt: Date; urgent: boolean }, s: Settings) {
  return replyDeadlineInfo({ registeredAt: r.reportedAt, urgency: r.urgent ? 'urgent' : 'general' }, s)
}

/**
 * §3.1 "fix target" column. `kind` names the message shown to the technician; `days` are the setting's numbers;
 * `due` is the latest the target allows (null for "at once": the technician goes now), for sorting and a badge.
 */
export type FixTarget = {
  kind: 'urgentSameDay' | 'leak' | 'safety' | 'pipe' | 'appliance' | 'tv' | 'wallCrack' | 'other'
  days: Record<string, number>
  due: Date | null
}

export function fixTargets(r: { category: RepairCategory; urgent: boolean; reportedAt: Date }, s: Settings): FixTarget[] {
  const fx = s.repairFixTargets
  const sameDay = endOfLocalDay(toLocalDate(r.reportedAt, s), s)
  const days = (n: number) => calendarDaysDeadline(r.reportedAt, n, s)
  const own = ((): FixTarget => {
    switch (r.category) {
      case 'urgent':
        return { kind: 'urgentSameDay', days: {}, due: sameDay }
      case 'leak':
        return { kind: 'leak', days: { days: fx.leakHandleDays }, due: days(fx.leakHandleDays) }
      case 'safety':
        return { kind: 'safety', days: {}, due: null }
      case 'pipe':
        return { kind: 'pipe', days: {}, due: sameDay }
      case 'appliance':
        return { kind: 'appliance', days: {}, due: sameDay }
      case 'tv':
        return { kind: 'tv', days: { days: fx.tvDays }, due: days(fx.tvDays) }
      case 'wallCrack':
        return { kind: 'wallCrack', days: { days: fx.wallCrackDays }, due: days(fx.wallCrackDays) }
      case 'other':
        return {
          kind: 'other',
          days: { general: fx.generalFixDays, majorReply: fx.majorReplyDays, majorMin: fx.majorFixMinDays, majorMax: fx.majorFixMaxDays },
          due: days(fx.generalFixDays),
        }
    }
  })()
  // A repair of another category flagged urgent is also an 急修: fixed the same day (§3.1 first row).
  if (r.urgent && r.category !== 'urgent' && own.due !== null && own.due.getTime() > sameDay.getTime()) {
    return [{ kind: 'urgentSameDay', days: {}, due: sameDay }, own]
  }
  return [own]
}

/** Sort key for a technician's list: urgent first, then the earliest fix target ("at once" = the reported time). */
export function urgencyRank(r: { category: RepairCategory; urgent: boolean; severe: boolean; reportedAt: Date }, s: Settings) {
  const first = r.urgent || r.category === 'urgent' || r.category === 'safety' ? 0 : 1
  const due = Math.min(...fixTargets(r, s).map((f) => (f.due ?? r.reportedAt).getTime()))
  return [first, due, r.reportedAt.getTime()] as const
}

export function compareRank(a: readonly number[], b: readonly number[]) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/**
 * Callbacks of an earlier round (before a C3 reopen) keep their record under `<key>@v<n>`, so that the next
 * completion can store a fresh set under the rule keys (unique per repair and key).
 */
export function baseCallbackKey(key: string) {
  const at = key.indexOf('@')
  return at < 0 ? key : key.slice(0, at)
}

export function isArchivedCallbackKey(key: string) {
  return key.includes('@')
}
