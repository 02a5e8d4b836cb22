import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/auth/actor'
import { defaultSettings, rainWaitAgeDays, type RepairCategory } from '@/lib/rules'
import { refreshRainCallbacks } from '@/lib/jobs/refresh-rain-callbacks'
import { registerRepair } from '@/lib/server/repairs/register-repair'
import { assignRepair } from '@/lib/server/repairs/assign-repair'
import { startRepair } from '@/lib/server/repairs/start-repair'
import { completeRepair } from '@/lib/server/repairs/complete-repair'
import { recordRepairCallback } from '@/lib/server/repairs/record-callback'
import { getRepair } from '@/lib/server/repairs/get-repair'
import { listRepairCallbacks, listRepairs, repairFiltersSchema } from '@/lib/server/repairs/list-repairs'
import { listWorkOrders } from '@/lib/server/repairs/work-orders'
import { makeTwoAreas, makeUser } from '../fixtures/factories'

const s = defaultSettings
const H = 3_600_000
/** A Shanghai wall-clock time as a datetime-local form value and as the instant it means. */
const sh = (local: string) => ({ input: local, at: new Date(`${local}:00+08:00`) })

async function setup() {
  const areas = await makeTwoAreas()
  const desk = await makeUser('frontDesk')
  const sup = await makeUser('supervisor')
  const tech = await makeUser('technician')
  const tech2 = await makeUser('technician')
  return { ...areas, desk, sup, tech, tech2 }
}

type Ctx = Awaited<ReturnType<typeof setup>>

async function register(actor: Actor, householdId: string, reported: string, extra: Record<string, unknown> = {}) {
  const r = sh(reported)
  const made = await registerRepair({
    actor,
    input: { clientKey: randomUUID(), householdId, category: 'other', description: '门锁不好用', reportedAt: r.input, ...extra },
    now: new Date(r.at.getTime() + 10 * 60_000),
    settings: s,
  })
  return db.repair.findUniqueOrThrow({ where: { id: made.id } })
}

/** register → assign → start → complete through the real operations; returns the repair and its callbacks. */
async function completed(ctx: Ctx, category: RepairCategory, reported: string, completedLocal: string, extra: Record<string, unknown> = {}) {
  const r = await register(ctx.desk.actor, ctx.h1.id, reported, { category, ...extra })
  const t = sh(reported).at
  let row = await assignRepair({ actor: ctx.desk.actor, id: r.id, input: { version: r.version, assigneeId: ctx.tech.user.id }, now: new Date(t.getTime() + 0.5 * H) })
  row = await startRepair({ actor: ctx.tech.actor, id: r.id, input: { version: row.version }, now: new Date(t.getTime() + H) })
  const c = sh(completedLocal)
  row = await completeRepair({ actor: ctx.tech.actor, id: r.id, input: { version: row.version, completedAt: c.input, note: '已修好' }, now: new Date(c.at.getTime() + 5 * 60_000), settings: s })
  const callbacks = await db.repairCallback.findMany({ where: { repairId: r.id }, orderBy: { key: 'asc' } })
  return { repair: row, callbacks, due: Object.fromEntries(callbacks.map((x) => [x.key, x.dueAt?.toISOString() ?? null])) }
}

describe('registering a repair', () => {
  it('is idempotent by clientKey: a double click makes one repair with one number and one audit row', async () => {
    const { desk, h1 } = await setup()
    const input = { clientKey: randomUUID(), householdId: h1.id, category: 'leak', description: '卫生间顶棚渗水', reportedAt: '2026-02-02T09:15' }
    const now = new Date('2026-02-02T01:20:00Z')
    const [a, b] = await Promise.all([registerRepair({ actor: desk.actor, input, now, settings: s }), registerRepair({ actor: desk.actor, input, now, settings: s })])
    const c = await registerRepair({ actor: desk.actor, input, now, settings: s })
    expect(new Set([a.id, b.id, c.id]).size).toBe(1)
    expect(await db.repair.count({ where: { householdId: h1.id } })).toBe(1)
    expect(a.no).toBe('BX-20260202-0001')
    expect(await db.auditLog.count({ where: { entity: 'Repair', entityId: a.id, action: 'register' } })).toBe(1)
    const r = await db.repair.findUniqueOrThrow({ where: { id: a.id } })
    expect(r).toMatchObject({ status: 'open', category: 'leak', urgent: false, severe: false, reportedById: desk.user.id })
    expect(r.reportedAt.toISOString()).toBe('2026-02-02T01:15:00.000Z')
    // Another person sending the same key is told the form was already sent.
    const other = await makeUser('frontDesk')
    expect((await registerRepair({ actor: other.actor, input, now, settings: s }).catch((e) => e)).code).toBe('CONFLICT')
  })

  it('stores the R1 deadline it showed: urgent 24 h, general 48 h from the reported time; an 急修 is urgent', async () => {
    const { desk, h1 } = await setup()
    const general = await register(desk.actor, h1.id, '2026-02-03T09:00')
    const urgent = await register(desk.actor, h1.id, '2026-02-03T09:00', { category: 'pipe', urgent: 'on' })
    const ji = await register(desk.actor, h1.id, '2026-02-03T09:00', { category: 'urgent' })
    const r1 = async (id: string) => ((await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'register' } })).after as { replyDueAt: string; replyRule: string })
    expect(await r1(general.id)).toMatchObject({ replyDueAt: '2026-02-05T01:00:00.000Z', replyRule: 'R1 一般 48小时' })
    expect(await r1(urgent.id)).toMatchObject({ replyDueAt: '2026-02-04T01:00:00.000Z', replyRule: 'R1 紧急 24小时' })
    expect(ji.urgent).toBe(true)
    expect(general.no).toBe('BX-20260203-0001')
    expect(ji.no).toBe('BX-20260203-0003')
  })

  it('refuses what would be wrong: severe on a non-safety repair, a time in the future, another area, a technician', async () => {
    const { desk, hk, h1, other, tech } = await setup()
    const base = { clientKey: randomUUID(), householdId: h1.id, category: 'leak', description: '渗水', reportedAt: '2026-03-09T09:00' }
    const now = new Date('2026-03-09T01:30:00Z')
    const severe = await registerRepair({ actor: desk.actor, input: { ...base, severe: 'on' }, now, settings: s }).catch((e) => e)
    expect(severe.fieldErrors.severe).toBeDefined()
    const future = await registerRepair({ actor: desk.actor, input: { ...base, reportedAt: '2026-03-09T12:00' }, now, settings: s }).catch((e) => e)
    expect(future.fieldErrors.reportedAt).toEqual(['报修时间不能晚于现在'])
    // A housekeeper registers for the own area only.
    expect((await registerRepair({ actor: hk.actor, input: { ...base, householdId: h1.id }, now, settings: s })).no).toMatch(/^BX-20260309-\d{4}$/)
    const out = await registerRepair({ actor: hk.actor, input: { ...base, clientKey: randomUUID(), householdId: other.id }, now, settings: s }).catch((e) => e)
    expect(out.fieldErrors.householdId).toBeDefined()
    expect((await registerRepair({ actor: tech.actor, input: { ...base, clientKey: randomUUID() }, now, settings: s }).catch((e) => e)).code).toBe('FORBIDDEN')
    const admin = await makeUser('admin')
    expect((await registerRepair({ actor: admin.actor, input: { ...base, clientKey: randomUUID() }, now, settings: s }).catch((e) => e)).code).toBe('FORBIDDEN')
  })
})

describe('completion creates exactly the §3.1 callbacks (C1, C2) in the same transaction', () => {
  it('leak completed 2026-03-11 01:30 Shanghai with rain on 03-11 and 03-15: next day due end of 03-12, after rain end of 03-16', async () => {
    const ctx = await setup()
    await db.rainDay.createMany({ data: [{ date: '2026-03-11' }, { date: '2026-03-15' }] })
    const { repair, callbacks, due } = await completed(ctx, 'leak', '2026-03-10T20:00', '2026-03-11T01:30')
    expect(repair.status).toBe('completed')
    expect(repair.completedAt?.toISOString()).toBe('2026-03-10T17:30:00.000Z')
    expect(due).toEqual({ 'leak-after-rain': '2026-03-16T15:59:59.999Z', 'leak-next-day': '2026-03-12T15:59:59.999Z' })
    expect(callbacks.find((c) => c.key === 'leak-after-rain')).toMatchObject({ rule: 'C2', waitingForRain: false })
    expect(callbacks.find((c) => c.key === 'leak-next-day')).toMatchObject({ rule: 'C1', doneAt: null })
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: repair.id, action: 'complete' } })
    expect(audit.actorId).toBe(ctx.tech.user.id)
    expect((audit.after as { note: string; callbacks: unknown[] }).note).toBe('已修好')
    expect((audit.after as { callbacks: unknown[] }).callbacks).toHaveLength(2)
  })

  it('the urgent flag on a pipe repair adds the 24 h callback to the next-day one', async () => {
    const ctx = await setup()
    const { due } = await completed(ctx, 'pipe', '2026-03-09T08:00', '2026-03-09T14:00', { urgent: 'on' })
    expect(due).toEqual({ 'pipe-next-day': '2026-03-10T15:59:59.999Z', 'urgent-24h': '2026-03-10T06:00:00.000Z' })
    const plain = await completed(ctx, 'pipe', '2026-03-09T08:00', '2026-03-09T14:00')
    expect(plain.due).toEqual({ 'pipe-next-day': '2026-03-10T15:59:59.999Z' })
  })

  it('every other category: 急修 24 h only; safety 7 days (+7 more when severe); appliance/TV next day; wall crack 5 and 30 days; other 7 days', async () => {
    const ctx = await setup()
    const done = '2026-03-09T14:00' // Mon 2026-03-09 14:00 Shanghai = 06:00Z
    expect((await completed(ctx, 'urgent', '2026-03-09T08:00', done)).due).toEqual({ 'urgent-24h': '2026-03-10T06:00:00.000Z' })
    expect((await completed(ctx, 'safety', '2026-03-09T08:00', done)).due).toEqual({ 'safety-7d': '2026-03-16T15:59:59.999Z' })
    expect((await completed(ctx, 'safety', '2026-03-09T08:00', done, { severe: 'on' })).due).toEqual({
      'safety-7d': '2026-03-16T15:59:59.999Z',
      'safety-severe-second': '2026-03-23T15:59:59.999Z',
    })
    expect((await completed(ctx, 'appliance', '2026-03-09T08:00', done)).due).toEqual({ 'appliance-next-day': '2026-03-10T15:59:59.999Z' })
    expect((await completed(ctx, 'tv', '2026-03-09T08:00', done)).due).toEqual({ 'tv-next-day': '2026-03-10T15:59:59.999Z' })
    expect((await completed(ctx, 'wallCrack', '2026-03-09T08:00', done)).due).toEqual({ 'wall-crack-30d': '2026-04-08T15:59:59.999Z', 'wall-crack-5d': '2026-03-14T15:59:59.999Z' })
    expect((await completed(ctx, 'other', '2026-03-09T08:00', done)).due).toEqual({ 'other-7d': '2026-03-16T15:59:59.999Z' })
  })

  it('all or nothing: when the callbacks cannot be written the repair stays 处理中 with no completion recorded', async () => {
    const ctx = await setup()
    const r = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T08:00', { category: 'pipe' })
    let row = await assignRepair({ actor: ctx.sup.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } })
    row = await startRepair({ actor: ctx.tech.actor, id: r.id, input: { version: row.version } })
    // A stray row with the same key makes the callback insert fail inside the transaction.
    await db.repairCallback.create({ data: { repairId: r.id, key: 'pipe-next-day', rule: 'C1' } })
    const err = await completeRepair({ actor: ctx.tech.actor, id: r.id, input: { version: row.version, completedAt: '2026-03-09T14:00', note: '疏通' }, now: new Date('2026-03-09T07:00:00Z'), settings: s }).catch((e) => e)
    expect(err).toBeInstanceOf(Error)
    const after = await db.repair.findUniqueOrThrow({ where: { id: r.id } })
    expect(after).toMatchObject({ status: 'inProgress', completedAt: null, version: row.version })
    expect(await db.auditLog.count({ where: { entityId: r.id, action: 'complete' } })).toBe(0)
  })

  it('completion time must lie between the reported time and now; a technician must start first', async () => {
    const ctx = await setup()
    const r = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T08:00')
    const a = await assignRepair({ actor: ctx.desk.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } })
    const notStarted = await completeRepair({ actor: ctx.tech.actor, id: r.id, input: { version: a.version, completedAt: '2026-03-09T10:00', note: 'x' }, now: new Date('2026-03-09T03:00:00Z'), settings: s }).catch((e) => e)
    expect(notStarted.message).toContain('开始处理')
    const st = await startRepair({ actor: ctx.tech.actor, id: r.id, input: { version: a.version } })
    const early = await completeRepair({ actor: ctx.tech.actor, id: r.id, input: { version: st.version, completedAt: '2026-03-09T07:00', note: 'x' }, now: new Date('2026-03-09T03:00:00Z'), settings: s }).catch((e) => e)
    expect(early.fieldErrors.completedAt).toEqual(['完成时间不能早于报修时间'])
    const late = await completeRepair({ actor: ctx.tech.actor, id: r.id, input: { version: st.version, completedAt: '2026-03-09T12:00', note: 'x' }, now: new Date('2026-03-09T03:00:00Z'), settings: s }).catch((e) => e)
    expect(late.fieldErrors.completedAt).toEqual(['完成时间不能晚于现在'])
  })
})

describe('C2: the after-rain callback waits for rain, listed with its age, then gets its due from the job', () => {
  it('waiting → listed as waiting with age → rain recorded → refreshRainCallbacks sets the due → callbacks lists', async () => {
    const ctx = await setup()
    // Rain on the completion date does not count (strictly after).
    await db.rainDay.create({ data: { date: '2026-05-11' } })
    const { repair, due } = await completed(ctx, 'leak', '2026-05-10T20:00', '2026-05-11T01:30')
    expect(due['leak-after-rain']).toBeNull()
    const waiting = await db.repairCallback.findUniqueOrThrow({ where: { repairId_key: { repairId: repair.id, key: 'leak-after-rain' } } })
    expect(waiting).toMatchObject({ waitingForRain: true, rule: 'C2' })
    const now = new Date('2026-05-14T02:00:00Z')
    expect(rainWaitAgeDays(repair.completedAt!, now, s)).toBe(3)
    const f = (view: string) => repairFiltersSchema.parse({ view, q: repair.no })
    const list = await listRepairCallbacks({ actor: ctx.desk.actor, filters: f('waitingForRain'), now, settings: s })
    expect(list.rows.map((r) => r.id)).toEqual([waiting.id])
    // Recording it before the rain is refused.
    const early = await recordRepairCallback({ actor: ctx.desk.actor, callbackId: waiting.id, input: { version: waiting.version, method: 'phone', satisfaction: 'satisfied' }, now, settings: s }).catch((e) => e)
    expect(early.message).toContain('降雨')

    await db.rainDay.create({ data: { date: '2026-05-14' } })
    expect(await refreshRainCallbacks(db, now, s)).toBe(1)
    const after = await db.repairCallback.findUniqueOrThrow({ where: { id: waiting.id } })
    expect(after).toMatchObject({ waitingForRain: false })
    expect(after.dueAt?.toISOString()).toBe('2026-05-15T15:59:59.999Z')
    expect((await listRepairCallbacks({ actor: ctx.desk.actor, filters: f('waitingForRain'), now, settings: s })).total).toBe(0)
    // On 05-15 in the afternoon it is due today; the next-day one (end of 05-12) is overdue.
    const on15 = new Date('2026-05-15T06:00:00Z')
    const today = await listRepairCallbacks({ actor: ctx.desk.actor, filters: f('callbacksToday'), now: on15, settings: s })
    expect(today.rows.map((r) => r.key)).toEqual(['leak-after-rain'])
    const overdue = await listRepairCallbacks({ actor: ctx.desk.actor, filters: f('callbacksOverdue'), now: on15, settings: s })
    expect(overdue.rows.map((r) => r.key)).toEqual(['leak-next-day'])
    // The technician follows the callbacks of the own repairs only.
    expect((await listRepairCallbacks({ actor: ctx.tech.actor, filters: f('callbacksOverdue'), now: on15, settings: s })).total).toBe(1)
    expect((await listRepairCallbacks({ actor: ctx.tech2.actor, filters: f('callbacksOverdue'), now: on15, settings: s })).total).toBe(0)
  })
})

describe('who may do what (server-side)', () => {
  it('only the assigned technician starts and completes; dispatch is front desk/supervisor; technicians do not record callbacks; admin reads only', async () => {
    const ctx = await setup()
    const r = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T08:00', { category: 'pipe' })
    const admin = await makeUser('admin')
    const code = (p: Promise<unknown>) => p.then(() => 'OK', (e) => e.code)
    expect(await code(assignRepair({ actor: ctx.tech.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } }))).toBe('FORBIDDEN')
    expect(await code(assignRepair({ actor: ctx.hk.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } }))).toBe('FORBIDDEN')
    expect(await code(assignRepair({ actor: admin.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } }))).toBe('FORBIDDEN')
    // Only a technician can be assigned.
    expect(await code(assignRepair({ actor: ctx.desk.actor, id: r.id, input: { version: 1, assigneeId: ctx.sup.user.id } }))).toBe('INVALID')
    const a = await assignRepair({ actor: ctx.desk.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } })
    expect(await db.notification.count({ where: { userId: ctx.tech.user.id, kind: 'repairAssigned' } })).toBe(1)
    expect(await code(startRepair({ actor: ctx.tech2.actor, id: r.id, input: { version: a.version } }))).toBe('FORBIDDEN')
    expect(await code(startRepair({ actor: ctx.sup.actor, id: r.id, input: { version: a.version } }))).toBe('FORBIDDEN')
    const st = await startRepair({ actor: ctx.tech.actor, id: r.id, input: { version: a.version } })
    const done = { version: st.version, completedAt: '2026-03-09T14:00', note: '疏通' }
    const now = new Date('2026-03-09T07:00:00Z')
    expect(await code(completeRepair({ actor: ctx.tech2.actor, id: r.id, input: done, now, settings: s }))).toBe('FORBIDDEN')
    expect(await code(completeRepair({ actor: ctx.desk.actor, id: r.id, input: done, now, settings: s }))).toBe('FORBIDDEN')
    await completeRepair({ actor: ctx.tech.actor, id: r.id, input: done, now, settings: s })
    const cb = await db.repairCallback.findFirstOrThrow({ where: { repairId: r.id } })
    const rec = { version: cb.version, method: 'phone', satisfaction: 'satisfied' }
    expect(await code(recordRepairCallback({ actor: ctx.tech.actor, callbackId: cb.id, input: rec, settings: s }))).toBe('FORBIDDEN')
    expect(await code(recordRepairCallback({ actor: admin.actor, callbackId: cb.id, input: rec, settings: s }))).toBe('FORBIDDEN')
    // The housekeeper of the area may record it.
    expect((await recordRepairCallback({ actor: ctx.hk.actor, callbackId: cb.id, input: rec, settings: s })).outcome).toBe('closed')
  })

  it('a housekeeper sees only the own areas: lists, detail and operations on other areas find nothing', async () => {
    const ctx = await setup()
    const mine = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T08:00')
    const theirs = await register(ctx.desk.actor, ctx.other.id, '2026-03-09T08:00')
    const f = repairFiltersSchema.parse({ view: 'all' })
    const list = await listRepairs({ actor: ctx.hk.actor, filters: f })
    expect(list.rows.map((r) => r.id)).toEqual([mine.id])
    expect(await getRepair({ actor: ctx.hk.actor, id: theirs.id })).toBeNull()
    expect((await getRepair({ actor: ctx.hk.actor, id: mine.id }))?.no).toBe(mine.no)
    // Technicians and front desk see every area.
    for (const r of [mine, theirs]) expect((await listRepairs({ actor: ctx.tech.actor, filters: repairFiltersSchema.parse({ view: 'all', q: r.no }) })).rows.map((x) => x.id)).toEqual([r.id])
    expect((await listRepairs({ actor: ctx.hk.actor, filters: repairFiltersSchema.parse({ view: 'all', q: theirs.no }) })).total).toBe(0)
    expect((await getRepair({ actor: ctx.tech.actor, id: theirs.id }))?.id).toBe(theirs.id)
    // An operation on a repair out of scope: NOT_FOUND.
    const a = await assignRepair({ actor: ctx.desk.actor, id: theirs.id, input: { version: 1, assigneeId: ctx.tech.user.id } })
    const st = await startRepair({ actor: ctx.tech.actor, id: theirs.id, input: { version: a.version } })
    await completeRepair({ actor: ctx.tech.actor, id: theirs.id, input: { version: st.version, completedAt: '2026-03-09T14:00', note: '修好' }, now: new Date('2026-03-09T07:00:00Z'), settings: s })
    const cb = await db.repairCallback.findFirstOrThrow({ where: { repairId: theirs.id } })
    const err = await recordRepairCallback({ actor: ctx.hk.actor, callbackId: cb.id, input: { version: cb.version, method: 'phone', satisfaction: 'satisfied' }, settings: s }).catch((e) => e)
    expect(err.code).toBe('NOT_FOUND')
    // Search by room number, name or number; category filter.
    const byRoom = await listRepairs({ actor: ctx.desk.actor, filters: repairFiltersSchema.parse({ view: 'all', q: ctx.other.roomNo }) })
    expect(byRoom.rows.map((r) => r.id)).toEqual([theirs.id])
    const byNo = await listRepairs({ actor: ctx.desk.actor, filters: repairFiltersSchema.parse({ view: 'all', q: mine.no }) })
    expect(byNo.rows.map((r) => r.id)).toEqual([mine.id])
    expect((await listRepairs({ actor: ctx.desk.actor, filters: repairFiltersSchema.parse({ view: 'all', q: mine.no, category: 'leak' }) })).total).toBe(0)
    expect((await listRepairs({ actor: ctx.desk.actor, filters: repairFiltersSchema.parse({ view: 'all', q: mine.no, category: 'other' }) })).total).toBe(1)
  })

  it('views: mine is registered by me or assigned to me; the technician home sorts urgent and the earliest fix target first', async () => {
    const ctx = await setup()
    const slow = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T08:00', { category: 'wallCrack' })
    const leak = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T09:00', { category: 'leak' })
    const urgent = await register(ctx.sup.actor, ctx.h1.id, '2026-03-09T10:00', { category: 'tv', urgent: 'on' })
    for (const r of [slow, leak, urgent]) await assignRepair({ actor: ctx.sup.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } })
    const home = await listWorkOrders({ actor: ctx.tech.actor, settings: s })
    expect(home.repairs.map((r) => r.id)).toEqual([urgent.id, leak.id, slow.id])
    expect((await listWorkOrders({ actor: ctx.tech2.actor, settings: s })).repairs).toEqual([])
    const mineDesk = await listRepairs({ actor: ctx.desk.actor, filters: repairFiltersSchema.parse({ view: 'mine' }) })
    expect(mineDesk.rows.map((r) => r.id).sort()).toEqual([slow.id, leak.id].sort())
    expect((await listRepairs({ actor: ctx.tech.actor, filters: repairFiltersSchema.parse({ view: 'mine' }) })).total).toBe(3)
  })
})

describe('optimistic locking', () => {
  it('a second save with a stale version is refused and changes nothing', async () => {
    const ctx = await setup()
    const r = await register(ctx.desk.actor, ctx.h1.id, '2026-03-09T08:00')
    await assignRepair({ actor: ctx.desk.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech.user.id } })
    const err = await assignRepair({ actor: ctx.sup.actor, id: r.id, input: { version: 1, assigneeId: ctx.tech2.user.id } }).catch((e) => e)
    expect(err.code).toBe('CONFLICT')
    const now = await db.repair.findUniqueOrThrow({ where: { id: r.id } })
    expect(now).toMatchObject({ assigneeId: ctx.tech.user.id, version: 2 })
    expect(await db.auditLog.count({ where: { entityId: r.id, action: 'assign' } })).toBe(1)
  })
})
