import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { generatePlan } from '@/lib/server/plans/generate-plan'
import { addPlanItem } from '@/lib/server/plans/add-plan-item'
import { updatePlanItem } from '@/lib/server/plans/update-plan-item'
import { removePlanItem } from '@/lib/server/plans/remove-plan-item'
import { submitPlan } from '@/lib/server/plans/submit-plan'
import { approvePlan, returnPlan } from '@/lib/server/plans/review-plan'
import { reopenPlan } from '@/lib/server/plans/reopen-plan'
import { discardPlan } from '@/lib/server/plans/discard-plan'
import { getPlan } from '@/lib/server/plans/get-plan'
import { monthCoverage } from '@/lib/server/plans/coverage'
import { readSnapshot } from '@/lib/server/plans/snapshot'
import { makeTwoAreas, makeHousehold, makeUser } from '../fixtures/factories'

// Wed 2026-11-25 10:00 Shanghai; "next month" is December 2026.
const NOW = new Date('2026-11-25T10:00:00+08:00')
const at = (min: number) => new Date(NOW.getTime() + min * 60_000)

const fails = (p: Promise<unknown>) => p.then(() => null, (e) => e as { code: string; message: string; fieldErrors?: Record<string, string[]> })

async function setup() {
  const settings = await loadSettings()
  const areas = await makeTwoAreas()
  const notMovedIn = await makeHousehold({ buildingId: areas.ba.id, buildingNo: areas.ba.number, floor: 8, occupancy: 'notMovedIn' })
  const sup = await makeUser('supervisor')
  const sup2 = await makeUser('supervisor')
  const plan = await generatePlan({ actor: areas.hk.actor, input: { period: 'month', periodKey: '2026-12' }, now: NOW, settings })
  return { ...areas, notMovedIn, sup, sup2, plan, settings }
}

async function items(planId: string) {
  return db.visitPlanItem.findMany({ where: { planId }, orderBy: { plannedDate: 'asc' }, select: { id: true, householdId: true, plannedDate: true, kind: true } })
}

describe('plan review (V3): submit → return with a note → edit → resubmit → approve → reopen', () => {
  it('writes a revision with a snapshot and who did it at each step, and notifies', async () => {
    const { hk, sup, sup2, plan, h1, h2, notMovedIn, settings } = await setup()
    expect((await items(plan.id)).map((i) => i.householdId).sort()).toEqual([h1.id, h2.id, notMovedIn.id].sort())

    let p = await submitPlan({ actor: hk.actor, id: plan.id, input: { version: 1, note: '请审批' }, now: at(1) })
    expect(p.status).toBe('submitted')
    for (const s of [sup, sup2]) {
      const n = await db.notification.findMany({ where: { userId: s.user.id, kind: 'planSubmitted' } })
      expect(n).toHaveLength(1)
      expect(n[0]!.link).toBe(`/plans/${plan.id}`)
    }
    // A submitted plan cannot be edited until it is reviewed.
    const first = (await items(plan.id))[0]!
    expect((await fails(removePlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, itemId: first.id }, now: at(2) })))?.code).toBe('INVALID')

    expect((await fails(returnPlan({ actor: sup.actor, id: plan.id, input: { version: p.version, note: '  ' }, now: at(3) })))?.fieldErrors?.note).toBeDefined()
    p = await returnPlan({ actor: sup.actor, id: plan.id, input: { version: p.version, note: '电话走访请避开周一' }, now: at(3) })
    expect(p).toMatchObject({ status: 'returned', reviewerId: sup.user.id, reviewNote: '电话走访请避开周一' })
    const returned = await db.notification.findFirstOrThrow({ where: { userId: hk.user.id, kind: 'planReturned' } })
    expect(returned.body).toBe('电话走访请避开周一')

    // The housekeeper edits the returned plan: removes one visit, moves another, adds one back.
    p = await removePlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, itemId: first.id }, now: at(4) })
    const second = (await items(plan.id)).find((i) => i.kind === 'home')!
    p = await updatePlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, itemId: second.id, plannedDate: '2026-12-17', kind: 'phone' }, now: at(5), settings })
    expect((await db.visitPlanItem.findUniqueOrThrow({ where: { id: second.id } })).plannedDate).toBe('2026-12-17')
    // 2026-12-14 is a Monday: no phone visit (V5); dates stay inside the month.
    expect((await fails(updatePlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, itemId: second.id, plannedDate: '2026-12-14', kind: 'phone' }, now: at(5), settings })))?.fieldErrors?.plannedDate?.[0]).toContain('V5')
    expect((await fails(updatePlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, itemId: second.id, plannedDate: '2027-01-05', kind: 'home' }, now: at(5), settings })))?.fieldErrors?.plannedDate?.[0]).toContain('2026-12')
    const added = await addPlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, householdId: first.householdId!, plannedDate: '2026-12-03', kind: 'home' }, now: at(6), settings })
    p = added.plan
    // One item per household and purpose.
    expect((await fails(addPlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, householdId: first.householdId!, plannedDate: '2026-12-04', kind: 'home' }, now: at(6), settings })))?.fieldErrors?.householdId?.[0]).toContain('已在计划中')

    p = await submitPlan({ actor: hk.actor, id: plan.id, input: { version: p.version }, now: at(7) })
    p = await approvePlan({ actor: sup2.actor, id: plan.id, input: { version: p.version, note: '同意' }, now: at(8) })
    expect(p).toMatchObject({ status: 'approved', reviewerId: sup2.user.id })
    expect(await db.notification.count({ where: { userId: hk.user.id, kind: 'planApproved' } })).toBe(1)

    // Approved plans are read-only; reopening makes a draft that needs a new approval (recorded, supervisors told).
    expect((await fails(updatePlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, itemId: second.id, plannedDate: '2026-12-18', kind: 'home' }, now: at(9), settings })))?.message).toContain('已批准')
    expect((await fails(addPlanItem({ actor: hk.actor, planId: plan.id, input: { version: p.version, householdId: h2.id, plannedDate: '2026-12-18', kind: 'phone', purpose: 'wedding' }, now: at(9), settings })))?.code).toBe('INVALID')
    p = await reopenPlan({ actor: hk.actor, id: plan.id, input: { version: p.version, note: '住户要求改期' }, now: at(10) })
    expect(p.status).toBe('draft')
    expect(await db.notification.count({ where: { userId: sup.user.id, kind: 'planReopened' } })).toBe(1)
    // A plan approved once keeps its history: it cannot be deleted.
    expect((await fails(discardPlan({ actor: hk.actor, id: plan.id, input: { version: p.version }, now: at(10) })))?.message).toContain('批准过')

    const revisions = await db.visitPlanRevision.findMany({ where: { planId: plan.id }, orderBy: { number: 'asc' } })
    expect(revisions.map((r) => [r.number, r.status, r.byId, r.note])).toEqual([
      [1, 'submitted', hk.user.id, '请审批'],
      [2, 'returned', sup.user.id, '电话走访请避开周一'],
      [3, 'submitted', hk.user.id, null],
      [4, 'approved', sup2.user.id, '同意'],
      [5, 'draft', hk.user.id, '住户要求改期'],
    ])
    const snap2 = readSnapshot(revisions[1]!.snapshot)
    const snap3 = readSnapshot(revisions[2]!.snapshot)
    expect(snap2.count).toBe(3)
    expect(snap3.items.find((i) => i.label === (second.householdId === h1.id ? h1.roomNo : second.householdId === h2.id ? h2.roomNo : notMovedIn.roomNo))).toMatchObject({ date: '2026-12-17', kind: 'phone' })
    const view = await getPlan({ actor: sup.actor, id: plan.id, now: at(11), settings })
    expect(view!.revisions.map((r) => r.byName)).toEqual([hk.user.name, sup.user.name, hk.user.name, sup2.user.name, hk.user.name])
    // Removed and added back on another day counts as moved, like the other item: two changed.
    expect(view!.revisions[2]!.diff).toEqual({ added: 0, removed: 0, changed: 2 })
    // Every change is audited.
    expect((await db.auditLog.findMany({ where: { entity: 'VisitPlan', entityId: plan.id }, orderBy: { at: 'asc' } })).map((a) => a.action)).toEqual(['generate', 'submit', 'return', 'submit', 'approve', 'reopen'])
    expect(await db.auditLog.count({ where: { entity: 'VisitPlanItem', action: { in: ['addItem', 'updateItem', 'removeItem'] } } })).toBe(3)
  })

  it('only a supervisor or the center manager approves or returns; nobody their own plan', async () => {
    const { hk, plan, sup } = await setup()
    const p = await submitPlan({ actor: hk.actor, id: plan.id, input: { version: 1 }, now: at(1) })
    for (const role of ['frontDesk', 'technician', 'admin'] as const) {
      const u = await makeUser(role)
      expect((await fails(approvePlan({ actor: u.actor, id: plan.id, input: { version: p.version }, now: at(2) })))?.code, role).toBe('FORBIDDEN')
      expect((await fails(returnPlan({ actor: u.actor, id: plan.id, input: { version: p.version, note: '不行' }, now: at(2) })))?.code, role).toBe('FORBIDDEN')
      expect((await fails(generatePlan({ actor: u.actor, input: { period: 'month', periodKey: '2026-12' }, now: at(2) })))?.code, role).toBe('FORBIDDEN')
    }
    expect((await fails(approvePlan({ actor: hk.actor, id: plan.id, input: { version: p.version }, now: at(2) })))?.code).toBe('FORBIDDEN')
    const otherHk = await makeUser('housekeeper')
    expect((await fails(approvePlan({ actor: otherHk.actor, id: plan.id, input: { version: p.version }, now: at(2) })))?.code).toBe('FORBIDDEN')
    // Another housekeeper does not even see the plan.
    expect(await getPlan({ actor: otherHk.actor, id: plan.id, now: at(2), settings: await loadSettings() })).toBeNull()
    expect((await fails(reopenPlan({ actor: otherHk.actor, id: plan.id, input: { version: p.version }, now: at(2) })))?.code).toBe('NOT_FOUND')
    const desk = await makeUser('frontDesk')
    expect(await getPlan({ actor: desk.actor, id: plan.id, now: at(2), settings: await loadSettings() })).toBeNull()
    expect((await db.visitPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('submitted')
    // The center manager may review it; a supervisor cannot review a plan that is not submitted.
    const mgr = await makeUser('centerManager')
    const approved = await approvePlan({ actor: mgr.actor, id: plan.id, input: { version: p.version }, now: at(3) })
    expect(approved.status).toBe('approved')
    expect((await fails(returnPlan({ actor: sup.actor, id: plan.id, input: { version: approved.version, note: '晚了' }, now: at(4) })))?.code).toBe('INVALID')
  })

  it('another area’s household cannot be added; a stale save is refused and changes nothing', async () => {
    const { hk, plan, other, h1, settings } = await setup()
    const bad = await fails(addPlanItem({ actor: hk.actor, planId: plan.id, input: { version: 1, householdId: other.id, plannedDate: '2026-12-08', kind: 'home' }, now: NOW, settings }))
    expect(bad?.code).toBe('INVALID')
    expect(bad?.fieldErrors?.householdId?.[0]).toContain('不在您负责的片区')
    expect(await db.visitPlanItem.count({ where: { planId: plan.id, householdId: other.id } })).toBe(0)

    const item = (await items(plan.id)).find((i) => i.householdId === h1.id)!
    await updatePlanItem({ actor: hk.actor, planId: plan.id, input: { version: 1, itemId: item.id, plannedDate: '2026-12-09', kind: 'home' }, now: NOW, settings })
    // A second tab still holds version 1.
    const stale = await fails(updatePlanItem({ actor: hk.actor, planId: plan.id, input: { version: 1, itemId: item.id, plannedDate: '2026-12-10', kind: 'home' }, now: NOW, settings }))
    expect(stale?.code).toBe('CONFLICT')
    expect((await fails(submitPlan({ actor: hk.actor, id: plan.id, input: { version: 1 }, now: NOW })))?.code).toBe('CONFLICT')
    expect((await db.visitPlanItem.findUniqueOrThrow({ where: { id: item.id } })).plannedDate).toBe('2026-12-09')
    const row = await db.visitPlan.findUniqueOrThrow({ where: { id: plan.id } })
    expect(row).toMatchObject({ version: 2, status: 'draft' })
    // A draft can be discarded (and generated again).
    await discardPlan({ actor: hk.actor, id: plan.id, input: { version: 2 }, now: NOW })
    expect(await db.visitPlan.count({ where: { id: plan.id } })).toBe(0)
    expect(await db.visitPlanItem.count({ where: { planId: plan.id } })).toBe(0)
  })
})

describe('progress and coverage', () => {
  it('an item is done by its linked visit or a visit of the household that month; the supervisor sees planned, done, V1 coverage and overdue', async () => {
    const settings = await loadSettings()
    const areas = await makeTwoAreas()
    const { hk, h1, h2 } = areas
    const h3 = await makeHousehold({ buildingId: areas.ba.id, buildingNo: areas.ba.number, floor: 9 })
    const sup = await makeUser('supervisor')
    // This month's plan (November), generated on the 2nd and approved.
    const nov2 = new Date('2026-11-02T09:00:00+08:00')
    const plan = await generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-11', maxPerDay: '1' }, now: nov2, settings })
    let p = await submitPlan({ actor: hk.actor, id: plan.id, input: { version: 1 }, now: nov2 })
    p = await approvePlan({ actor: sup.actor, id: plan.id, input: { version: p.version }, now: nov2 })
    const list = await items(plan.id)
    expect(list.map((i) => i.plannedDate)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04'])
    const [i1, i2] = list
    // h-of-i1: logged from the plan item; h-of-i2: an ordinary visit later in the month; the third: nothing yet.
    await db.visit.create({ data: { clientKey: 'pv1', householdId: i1!.householdId!, housekeeperId: hk.user.id, kind: 'home', startedAt: new Date('2026-11-02T10:00:00+08:00'), endedAt: new Date('2026-11-02T10:25:00+08:00'), planItemId: i1!.id } })
    await db.visit.create({ data: { clientKey: 'pv2', householdId: i2!.householdId!, housekeeperId: hk.user.id, kind: 'phone', startedAt: new Date('2026-11-06T10:00:00+08:00'), endedAt: new Date('2026-11-06T10:05:00+08:00') } })
    const view = await getPlan({ actor: hk.actor, id: plan.id, now: NOW, settings })
    expect(view!.items.map((i) => [i.plannedDate, i.progress.done, i.progress.overdue])).toEqual([
      ['2026-11-02', true, false],
      ['2026-11-03', true, false],
      ['2026-11-04', false, true],
    ])
    expect(view!.summary).toEqual({ planned: 3, done: 2, overdue: 1 })
    const rows = await monthCoverage({ actor: sup.actor, now: NOW, settings })
    const mine = rows.find((r) => r.housekeeper.id === hk.user.id)!
    expect(mine).toMatchObject({ plan: { id: plan.id, status: 'approved' }, planned: 3, done: 2, overdue: 1, occupied: 3, visited: 2, coveragePercent: 66 })
    expect([h1.id, h2.id, h3.id]).toContain(list[2]!.householdId)
    expect((await fails(monthCoverage({ actor: hk.actor, now: NOW, settings })))?.code).toBe('FORBIDDEN')
  })
})
