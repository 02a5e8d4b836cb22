import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { refreshRainCallbacks } from '@/lib/jobs/refresh-rain-callbacks'
import { callbackRows } from '@/lib/server/repairs/callback-rows'
import { defaultSettings } from '@/lib/rules'
import { makeTwoAreas, makeUser } from '../fixtures/factories'

describe('C2: a leak repair revisit waits for rain, then is due by the end of the next day', () => {
  it('stays "waiting for rain" until a rain day after completion is recorded; then gets its due; running again changes nothing', async () => {
    const { h1 } = await makeTwoAreas()
    const desk = await makeUser('frontDesk')
    // Completed Tue 2026-11-10 16:00 Shanghai; it also rained that day (does not count).
    const completedAt = new Date('2026-11-10T08:00:00Z')
    const repair = await db.repair.create({
      data: { no: 'BX-T-1', clientKey: 'k-rain-1', householdId: h1.id, category: 'leak', description: '顶棚渗水', reportedAt: completedAt, reportedById: desk.user.id, status: 'completed', completedAt },
    })
    await db.rainDay.create({ data: { date: '2026-11-10' } })
    const rows = callbackRows({ category: 'leak', completedAt, urgent: false, severe: false }, ['2026-11-10'], defaultSettings)
    await db.repairCallback.createMany({ data: rows.map((r) => ({ ...r, repairId: repair.id })) })
    expect(await refreshRainCallbacks(db, new Date())).toBe(0)
    const waiting = await db.repairCallback.findUniqueOrThrow({ where: { repairId_key: { repairId: repair.id, key: 'leak-after-rain' } } })
    expect(waiting).toMatchObject({ waitingForRain: true, dueAt: null, rule: 'C2' })

    await db.rainDay.create({ data: { date: '2026-11-13' } })
    expect(await refreshRainCallbacks(db, new Date())).toBe(1)
    const due = await db.repairCallback.findUniqueOrThrow({ where: { repairId_key: { repairId: repair.id, key: 'leak-after-rain' } } })
    expect(due.waitingForRain).toBe(false)
    expect(due.dueAt?.toISOString()).toBe('2026-11-14T15:59:59.999Z')
    expect(await refreshRainCallbacks(db, new Date())).toBe(0)
  })
})
