// C2: a leak repair's revisit waits for the first rain day after completion; once one is recorded, the
// revisit becomes due by the end of the following day. Idempotent: only rows still waiting change.
import type { Db } from '@/lib/db'
import type { Settings } from '@/lib/rules'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { callbackRows } from '@/lib/server/repairs/callback-rows'

export async function refreshRainCallbacks(db: Db, _now: Date, settings?: Settings): Promise<number> {
  const waiting = await db.repairCallback.findMany({
    where: { waitingForRain: true, doneAt: null },
    select: { id: true, key: true, repair: { select: { category: true, completedAt: true, urgent: true, severe: true } } },
  })
  if (waiting.length === 0) return 0
  const s = settings ?? (await loadSettings(db))
  const rainDays = (await db.rainDay.findMany({ select: { date: true } })).map((r) => r.date)
  let changed = 0
  for (const w of waiting) {
    if (!w.repair.completedAt) continue
    const row = callbackRows({ ...w.repair, completedAt: w.repair.completedAt }, rainDays, s).find((r) => r.key === w.key)
    if (!row || row.waitingForRain) continue
    const r = await db.repairCallback.updateMany({ where: { id: w.id, waitingForRain: true }, data: { dueAt: row.dueAt, waitingForRain: false } })
    changed += r.count
  }
  return changed
}
