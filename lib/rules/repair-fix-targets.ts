// §3.1 "fix target" column: how fast a repair of each category must be fixed (shown to the technician, used to
// sort the queue). Numbers come from settings.repairFixTargets; "N days" are calendar days (T3).
import { resolveSettings, type Settings } from './settings'
import { calendarDaysDeadline, endOfLocalDay, toLocalDate } from './time'
import type { DeepPartial, RepairCategory } from './types'

/**
 * §3.1 "fix target" column. `kind` names the message shown to the technician; `days` are the setting's numbers;
 * `due` is the latest the target allows (null for "at once": the technician goes now), for sorting and a badge.
 */
export type FixTarget = {
  kind: 'urgentSameDay' | 'leak' | 'safety' | 'pipe' | 'appliance' | 'tv' | 'wallCrack' | 'other'
  days: Record<string, number>
  due: Date | null
}

export function fixTargets(r: { category: RepairCategory; urgent: boolean; reportedAt: Date }, settings?: DeepPartial<Settings> | Settings): FixTarget[] {
  const s = resolveSettings(settings)
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
