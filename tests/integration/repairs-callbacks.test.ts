import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { defaultSettings } from '@/lib/rules'
import { registerRepair } from '@/lib/server/repairs/register-repair'
import { assignRepair } from '@/lib/server/repairs/assign-repair'
import { startRepair } from '@/lib/server/repairs/start-repair'
import { completeRepair } from '@/lib/server/repairs/complete-repair'
import { recordRepairCallback } from '@/lib/server/repairs/record-callback'
import { getRepair } from '@/lib/server/repairs/get-repair'
import { makeTwoAreas, makeUser } from '../fixtures/factories'

const s = defaultSettings

async function setup() {
  const areas = await makeTwoAreas()
  const desk = await makeUser('frontDesk')
  const tech = await makeUser('technician')
  return { ...areas, desk, tech }
}

/** A leak repair completed 2026-<month>-01 10:00 Shanghai with no rain after it: next-day due + after-rain waiting. */
async function completedLeak(ctx: Awaited<ReturnType<typeof setup>>, month: string) {
  const made = await registerRepair({
    actor: ctx.desk.actor,
    input: { clientKey: randomUUID(), householdId: ctx.h1.id, category: 'leak', description: '卧室墙角渗水', reportedAt: `2026-${month}-01T08:00` },
    now: new Date(`2026-${month}-01T00:05:00Z`),
    settings: s,
  })
  let r = await assignRepair({ actor: ctx.desk.actor, id: made.id, input: { version: 1, assigneeId: ctx.tech.user.id }, now: new Date(`2026-${month}-01T00:10:00Z`) })
  r = await startRepair({ actor: ctx.tech.actor, id: made.id, input: { version: r.version }, now: new Date(`2026-${month}-01T00:40:00Z`) })
  r = await completeRepair({ actor: ctx.tech.actor, id: made.id, input: { version: r.version, completedAt: `2026-${month}-01T10:00`, note: '重做防水层' }, now: new Date(`2026-${month}-01T02:10:00Z`), settings: s })
  const nextDay = await db.repairCallback.findUniqueOrThrow({ where: { repairId_key: { repairId: r.id, key: 'leak-next-day' } } })
  return { repair: r, nextDay }
}

/** The 2nd of the month 11:00 Shanghai, before the next-day due. */
const callbackAt = (month: string) => new Date(`2026-${month}-02T03:00:00Z`)

describe('C3: a failed callback reopens the repair or creates a new linked one', () => {
  it('not satisfied + problem back → reopen: 处理中 again, pending callbacks cancelled, the record kept; the next completion makes a fresh set', async () => {
    const ctx = await setup()
    const { repair, nextDay } = await completedLeak(ctx, '06')
    expect(await db.repairCallback.count({ where: { repairId: repair.id } })).toBe(2)
    const res = await recordRepairCallback({
      actor: ctx.desk.actor,
      callbackId: nextDay.id,
      input: { version: nextDay.version, method: 'phone', satisfaction: 'notSatisfied', words: '昨晚又渗水了', problemBack: 'on', outcome: 'reopen' },
      now: callbackAt('06'),
      settings: s,
    })
    expect(res.outcome).toBe('reopen')
    const after = await db.repair.findUniqueOrThrow({ where: { id: repair.id } })
    expect(after).toMatchObject({ status: 'inProgress', completedAt: null, assigneeId: ctx.tech.user.id })
    const rows = await db.repairCallback.findMany({ where: { repairId: repair.id } })
    // The waiting after-rain callback is cancelled; the recorded one is kept under this round's key.
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ key: `leak-next-day@v${repair.version}`, satisfaction: 'notSatisfied', method: 'phone', notes: '昨晚又渗水了', doneById: ctx.desk.user.id })
    expect(rows[0]!.doneAt?.toISOString()).toBe(callbackAt('06').toISOString())
    const audits = await db.auditLog.findMany({ where: { entity: 'Repair', entityId: repair.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { action: true, actorId: true, after: true } })
    expect(audits.map((a) => a.action)).toEqual(['register', 'assign', 'start', 'complete', 'callback', 'reopen'])
    expect(audits.at(-2)!.after).toMatchObject({ problemBack: true, satisfaction: 'notSatisfied', outcome: 'reopen', key: 'leak-next-day' })
    expect((audits.at(-1)!.after as { cancelledCallbacks: Array<{ key: string }> }).cancelledCallbacks.map((c) => c.key)).toEqual(['leak-after-rain'])
    expect(await db.notification.count({ where: { userId: ctx.tech.user.id, kind: 'repairReopened' } })).toBe(1)
    // The history on the page shows it.
    const detail = await getRepair({ actor: ctx.desk.actor, id: repair.id })
    expect(detail!.history.map((h) => h.action)).toEqual(['register', 'assign', 'start', 'complete', 'callback', 'reopen'])
    expect(detail!.callbackFacts[nextDay.id]).toMatchObject({ problemBack: true, outcome: 'reopen' })

    // The technician completes it again: a fresh §3.1 set under the rule keys.
    await db.rainDay.create({ data: { date: '2026-06-04' } })
    await completeRepair({ actor: ctx.tech.actor, id: repair.id, input: { version: after.version, completedAt: '2026-06-03T16:00', note: '更换止水带' }, now: new Date('2026-06-03T08:05:00Z'), settings: s })
    const fresh = await db.repairCallback.findMany({ where: { repairId: repair.id, doneAt: null }, orderBy: { key: 'asc' } })
    expect(fresh.map((c) => [c.key, c.dueAt?.toISOString()])).toEqual([
      ['leak-after-rain', '2026-06-05T15:59:59.999Z'],
      ['leak-next-day', '2026-06-04T15:59:59.999Z'],
    ])
  })

  it('not satisfied → a new repair linked by parentId: registered with a BX number, the old one closed, its pending callbacks cancelled', async () => {
    const ctx = await setup()
    const { repair, nextDay } = await completedLeak(ctx, '07')
    const res = await recordRepairCallback({
      actor: ctx.hk.actor,
      callbackId: nextDay.id,
      input: { version: nextDay.version, method: 'visit', satisfaction: 'notSatisfied', words: '墙面还有水印', outcome: 'newRepair' },
      now: callbackAt('07'),
      settings: s,
    })
    expect(res.outcome).toBe('newRepair')
    const child = await db.repair.findUniqueOrThrow({ where: { id: res.newRepairId! } })
    expect(child).toMatchObject({ parentId: repair.id, householdId: ctx.h1.id, category: 'leak', status: 'open', assigneeId: null, reportedById: ctx.hk.user.id })
    expect(child.no).toMatch(/^BX-20260702-\d{4}$/)
    expect(child.description).toContain(repair.no)
    expect(child.reportedAt.toISOString()).toBe(callbackAt('07').toISOString())
    const old = await db.repair.findUniqueOrThrow({ where: { id: repair.id } })
    expect(old.status).toBe('closed')
    expect(await db.repairCallback.count({ where: { repairId: repair.id, doneAt: null } })).toBe(0)
    expect(await db.repairCallback.count({ where: { repairId: repair.id } })).toBe(1)
    expect(await db.auditLog.count({ where: { entity: 'Repair', entityId: child.id, action: 'register' } })).toBe(1)
    const detail = await getRepair({ actor: ctx.desk.actor, id: repair.id })
    expect(detail!.children.map((c) => c.id)).toEqual([child.id])
    expect(detail!.history.map((h) => h.action).slice(-2)).toEqual(['callback', 'close'])
    // The same form sent again (stale version) changes nothing.
    const again = await recordRepairCallback({ actor: ctx.hk.actor, callbackId: nextDay.id, input: { version: nextDay.version, method: 'visit', satisfaction: 'notSatisfied', outcome: 'newRepair' }, now: callbackAt('07'), settings: s }).catch((e) => e)
    expect(again.code).toBe('INVALID')
    expect(await db.repair.count({ where: { parentId: repair.id } })).toBe(1)
  })

  it('a failed callback must say what happens next; a satisfied one with nothing left pending closes the repair', async () => {
    const ctx = await setup()
    const { repair, nextDay } = await completedLeak(ctx, '08')
    const missing = await recordRepairCallback({ actor: ctx.desk.actor, callbackId: nextDay.id, input: { version: nextDay.version, method: 'phone', satisfaction: 'basically', problemBack: 'on' }, now: callbackAt('08'), settings: s }).catch((e) => e)
    expect(missing.fieldErrors.outcome).toBeDefined()
    expect((await db.repairCallback.findUniqueOrThrow({ where: { id: nextDay.id } })).doneAt).toBeNull()
    // Satisfied, but the after-rain revisit is still waiting: recorded, the repair stays completed.
    const ok = await recordRepairCallback({ actor: ctx.desk.actor, callbackId: nextDay.id, input: { version: nextDay.version, method: 'sms', satisfaction: 'satisfied', words: '没有再渗水' }, now: callbackAt('08'), settings: s })
    expect(ok.outcome).toBe('recorded')
    expect((await db.repair.findUniqueOrThrow({ where: { id: repair.id } })).status).toBe('completed')
    // Rain, the job, then the after-rain callback satisfied → closed.
    await db.rainDay.create({ data: { date: '2026-08-09' } })
    const { refreshRainCallbacks } = await import('@/lib/jobs/refresh-rain-callbacks')
    expect(await refreshRainCallbacks(db, new Date('2026-08-09T12:00:00Z'), s)).toBeGreaterThanOrEqual(1)
    const rain = await db.repairCallback.findUniqueOrThrow({ where: { repairId_key: { repairId: repair.id, key: 'leak-after-rain' } } })
    expect(rain.dueAt?.toISOString()).toBe('2026-08-10T15:59:59.999Z')
    const closed = await recordRepairCallback({ actor: ctx.desk.actor, callbackId: rain.id, input: { version: rain.version, method: 'visit', satisfaction: 'satisfied' }, now: new Date('2026-08-10T02:00:00Z'), settings: s })
    expect(closed.outcome).toBe('closed')
    expect((await db.repair.findUniqueOrThrow({ where: { id: repair.id } })).status).toBe('closed')
    // A recorded callback cannot be recorded twice.
    expect((await recordRepairCallback({ actor: ctx.desk.actor, callbackId: rain.id, input: { version: rain.version + 1, method: 'visit', satisfaction: 'satisfied' }, settings: s }).catch((e) => e)).code).toBe('INVALID')
  })

  it('two people recording the same callback: the second (stale version) gets CONFLICT', async () => {
    const ctx = await setup()
    const { nextDay } = await completedLeak(ctx, '09')
    const stale = { ...nextDay, version: nextDay.version }
    await db.repairCallback.update({ where: { id: nextDay.id }, data: { version: { increment: 1 } } })
    const err = await recordRepairCallback({ actor: ctx.desk.actor, callbackId: nextDay.id, input: { version: stale.version, method: 'phone', satisfaction: 'satisfied' }, now: callbackAt('09'), settings: s }).catch((e) => e)
    expect(err.code).toBe('CONFLICT')
    expect((await db.repairCallback.findUniqueOrThrow({ where: { id: nextDay.id } })).doneAt).toBeNull()
  })
})
