// Follow-ups: who sees them (inside the query), closing with the reply (R4), routing, and my day's lists.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { isAppError } from '@/lib/errors'
import { endOfLocalDay, resolveSettings } from '@/lib/rules'
import { createVisit } from '@/lib/server/visits/create-visit'
import { listFollowUps } from '@/lib/server/follow-ups/list-follow-ups'
import { getFollowUp } from '@/lib/server/follow-ups/get-follow-up'
import { closeFollowUp } from '@/lib/server/follow-ups/close-follow-up'
import { reassignFollowUp } from '@/lib/server/follow-ups/reassign-follow-up'
import { listMyDay } from '@/lib/server/follow-ups/list-my-day'
import { makeBuilding, makeHousehold, makeTwoAreas, makeUser } from '../fixtures/factories'
import { TUESDAY_10, visitInput } from '../fixtures/visits'

const settings = resolveSettings()
const now = TUESDAY_10

async function fails(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (isAppError(e)) return e
    throw e
  }
  throw new Error('expected an AppError')
}

async function setup() {
  const t = await makeTwoAreas()
  const { user: tech, actor: techActor } = await makeUser('technician')
  await db.user.update({ where: { id: tech.id }, data: { department: 'engineering' } })
  const r = await createVisit({
    actor: t.hk.actor,
    input: visitInput(t.h1.id, now, {
      feedback: [
        { text: '电梯异响', urgency: 'urgent', answeredOnSpot: false, department: 'engineering' },
        { text: '想了解社区活动', urgency: 'general', answeredOnSpot: false, department: 'customerService' },
      ],
    }),
    now,
    settings,
  })
  return { ...t, tech, techActor, followUps: r.followUps }
}

describe('follow-up lists', () => {
  it('the housekeeper sees theirs and their areas’; engineering sees what was routed to the department; another housekeeper sees nothing', async () => {
    const { hk, techActor, followUps, b } = await setup()
    const mine = await listFollowUps({ actor: hk.actor, tab: 'mine' })
    expect(mine.tabs).toEqual(['mine', 'area'])
    expect(mine.total).toBe(2)
    const dept = await listFollowUps({ actor: techActor, tab: 'department' })
    expect(dept.tabs).toEqual(['mine', 'department'])
    expect(dept.rows.map((f) => f.title)).toEqual(['电梯异响'])
    expect((await listFollowUps({ actor: techActor, tab: 'all' })).tab).toBe('mine')
    const { actor: stranger } = await makeUser('housekeeper', { areaIds: [b.id] })
    expect((await listFollowUps({ actor: stranger, tab: 'area' })).total).toBe(0)
    expect((await fails(getFollowUp({ actor: stranger, id: followUps[0]!.id }))).code).toBe('NOT_FOUND')
    const { actor: sup } = await makeUser('supervisor')
    expect((await listFollowUps({ actor: sup, tab: 'all' })).total).toBe(2)
  })
})

describe('closing and routing', () => {
  it('closes with the reply given to the resident (R4), once; a stale or foreign close is refused', async () => {
    const { hk, b, followUps } = await setup()
    const id = followUps[1]!.id
    expect((await fails(closeFollowUp({ actor: hk.actor, input: { id, version: '1', reply: ' ' }, now }))).fieldErrors?.reply).toEqual(['请填写给住户的答复'])
    const { actor: stranger } = await makeUser('housekeeper', { areaIds: [b.id] })
    expect((await fails(closeFollowUp({ actor: stranger, input: { id, version: '1', reply: '已答复' }, now }))).code).toBe('NOT_FOUND')
    await closeFollowUp({ actor: hk.actor, input: { id, version: '1', reply: '已电话告知社区活动安排' }, now })
    const f = await db.followUp.findUniqueOrThrow({ where: { id } })
    expect(f).toMatchObject({ status: 'done', reply: '已电话告知社区活动安排', version: 2 })
    expect(f.closedAt?.getTime()).toBe(now.getTime())
    expect((await fails(closeFollowUp({ actor: hk.actor, input: { id, version: '2', reply: '再次' }, now }))).code).toBe('CONFLICT')
    expect(await db.auditLog.count({ where: { entity: 'FollowUp', entityId: id, action: 'close' } })).toBe(1)
    expect((await listFollowUps({ actor: hk.actor, tab: 'mine', status: 'done' })).rows.map((r) => r.id)).toEqual([id])
  })

  it('engineering closes what was routed to it; routing to a person moves it to their list', async () => {
    const { tech, techActor, followUps } = await setup()
    const id = followUps[0]!.id
    await reassignFollowUp({ actor: techActor, input: { id, version: '1', department: 'engineering', assigneeId: tech.id } })
    expect((await listFollowUps({ actor: techActor, tab: 'mine' })).rows.map((r) => r.id)).toEqual([id])
    expect((await fails(reassignFollowUp({ actor: techActor, input: { id, version: '1', department: 'security' } }))).code).toBe('CONFLICT')
    expect((await fails(reassignFollowUp({ actor: techActor, input: { id, version: '2', department: 'engineering', assigneeId: 'nobody' } }))).fieldErrors?.assigneeId).toBeDefined()
    await closeFollowUp({ actor: techActor, input: { id, version: '2', reply: '已更换电梯导靴，告知业主' }, now })
    expect((await db.followUp.findUniqueOrThrow({ where: { id } })).status).toBe('done')
  })
})

describe('my day', () => {
  it('lists repair callbacks due in my areas, today’s approved planned visits in route order, and the follow-ups coming', async () => {
    const { a, h1, other, hk } = await makeTwoAreas()
    const today = '2026-11-24'
    const endOfToday = endOfLocalDay(today, settings)
    const repair = (householdId: string, no: string) =>
      db.repair.create({ data: { no, clientKey: no, householdId, category: 'pipe', description: '下水道堵塞', reportedAt: now, reportedById: hk.user.id, status: 'completed', completedAt: new Date(now.getTime() - 86_400_000) } })
    const mine = await repair(h1.id, 'WX-1')
    const foreign = await repair(other.id, 'WX-2')
    await db.repairCallback.createMany({
      data: [
        { repairId: mine.id, key: 'next', rule: '§3.1 次日', dueAt: now },
        { repairId: mine.id, key: 'later', rule: '§3.1 7天', dueAt: new Date(endOfToday.getTime() + 86_400_000) },
        { repairId: mine.id, key: 'rain', rule: 'C2', dueAt: null, waitingForRain: true },
        { repairId: foreign.id, key: 'next', rule: '§3.1 次日', dueAt: now },
      ],
    })
    // Route order: building → unit → floor, numbers as numbers (building 2 before building 10).
    const s = Date.now().toString(36)
    const b2 = await makeBuilding(a.id, `R${s}-2`)
    const b10 = await makeBuilding(a.id, `R${s}-10`)
    const u1f9 = await makeHousehold({ buildingId: b2.id, buildingNo: b2.number, unit: 1, floor: 9 })
    const u2f2 = await makeHousehold({ buildingId: b2.id, buildingNo: b2.number, unit: 2, floor: 2 })
    const u1f5 = await makeHousehold({ buildingId: b2.id, buildingNo: b2.number, unit: 1, floor: 5 })
    const far = await makeHousehold({ buildingId: b10.id, buildingNo: b10.number, unit: 1, floor: 1 })
    await db.visitPlan.create({
      data: {
        housekeeperId: hk.user.id,
        period: 'month',
        periodKey: '2026-11',
        status: 'approved',
        items: {
          create: [
            { householdId: far.id, plannedDate: today, kind: 'home' },
            { householdId: u2f2.id, plannedDate: today, kind: 'phone' },
            { householdId: u1f9.id, plannedDate: today, kind: 'home' },
            { householdId: u1f5.id, plannedDate: today, kind: 'home' },
            { householdId: h1.id, plannedDate: '2026-11-25', kind: 'home' },
            { householdId: other.id, plannedDate: today, kind: 'home' },
          ],
        },
      },
    })
    await db.visitPlan.create({ data: { housekeeperId: hk.user.id, period: 'month', periodKey: '2026-12', status: 'draft', items: { create: [{ householdId: h1.id, plannedDate: today, kind: 'home' }] } } })
    await db.followUp.create({ data: { householdId: h1.id, title: '下周跟进', dueAt: new Date(endOfToday.getTime() + 3 * 86_400_000), rule: 'R1 一般 48小时', assigneeId: hk.user.id } })
    const day = await listMyDay({ actor: hk.actor, today, endOfToday })
    expect(day.callbacks.map((c) => `${c.repair.no}:${c.rule}`)).toEqual(['WX-1:§3.1 次日'])
    expect(day.planned.map((p) => p.household.roomNo)).toEqual([u1f5, u1f9, u2f2, far].map((h) => h.roomNo))
    expect(day.upcoming.map((f) => f.title)).toEqual(['下周跟进'])
  })
})
