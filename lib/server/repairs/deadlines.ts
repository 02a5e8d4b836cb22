// The deadlines a repair page shows, all from lib/rules: R1 (reply to the resident), the §3.1 fix target
// (lib/rules/repair-fix-targets.ts) and the stored callbacks' keys.
import { fixTargets, replyDeadlineInfo, type RepairCategory, type Settings } from '@/lib/rules'

/** R1: urgent (an 急修 or a repair flagged urgent) 24 h, general 48 h from the reported time. */
export function repairReplyDeadline(r: { reportedAt: Date; urgent: boolean }, s: Settings) {
  return replyDeadlineInfo({ registeredAt: r.reportedAt, urgency: r.urgent ? 'urgent' : 'general' }, s)
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
