// §3.1/C1/C2: the callbacks a completed repair needs, as rows to store (computed by lib/rules).
import { repairCallbacks, type RepairCategory, type Settings } from '@/lib/rules'

export function callbackRows(repair: { category: RepairCategory; completedAt: Date; urgent: boolean; severe: boolean }, rainDays: string[], settings: Settings) {
  return repairCallbacks({ category: repair.category, completedAt: repair.completedAt, rainDays, urgent: repair.urgent, severe: repair.severe }, settings).map((c) => ({
    key: c.key,
    rule: c.rule,
    dueAt: c.due,
    waitingForRain: c.waitingForRain,
  }))
}
