import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { isWorkingDay, localWeekday, routeOrder } from '@/lib/rules'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { generatePlan } from '@/lib/server/plans/generate-plan'
import { getPlan } from '@/lib/server/plans/get-plan'
import { submitPlan } from '@/lib/server/plans/submit-plan'
import { markTargetVisited } from '@/lib/server/plans/mark-target-visited'
import { makeArea, makeBuilding, makeHousehold, makeUser } from '../fixtures/factories'

// Fri 2026-09-25 10:00 Shanghai: "next month" is October 2026 with the National Day holidays (10-01..10-07)
// and the make-up working Saturday 10-10.
const SEPT_25 = new Date('2026-09-25T10:00:00+08:00')
const NOV_10 = new Date('2026-11-10T10:00:00+08:00')

let seq = 0
async function area(opts: { occupied: number; notMovedIn: number }) {
  const a = await makeArea()
  const tag = `G${Date.now().toString(36)}${seq++}`
  // Two buildings whose numbers sort as numbers (…-2 before …-10), rooms created out of route order.
  const b10 = await makeBuilding(a.id, `${tag}-10`)
  const b2 = await makeBuilding(a.id, `${tag}-2`)
  const households = []
  for (let i = 0; i < opts.occupied + opts.notMovedIn; i++) {
    const b = i % 2 === 0 ? b10 : b2
    const floor = 20 - (i % 17)
    households.push(
      await makeHousehold({ buildingId: b.id, buildingNo: b.number, unit: 1 + (i % 3 === 0 ? 1 : 0), floor, room: `${floor}${String(i).padStart(2, '0')}`, occupancy: i < opts.occupied ? 'occupied' : 'notMovedIn', moveInDate: i < opts.occupied ? '2020-05-01' : null }),
    )
  }
  const hk = await makeUser('housekeeper', { areaIds: [a.id] })
  return { a, b2, b10, households, hk }
}

async function itemsOf(planId: string) {
  return db.visitPlanItem.findMany({
    where: { planId },
    select: { id: true, householdId: true, target: true, plannedDate: true, kind: true, purpose: true, rule: true, household: { select: { roomNo: true, unit: true, floor: true, room: true, building: { select: { number: true } } } } },
  })
}

const fails = (p: Promise<unknown>) => p.then(() => null, (e) => e as { code: string; message: string; fieldErrors?: Record<string, string[]> })

describe('generating a housekeeper’s monthly plan (V3)', () => {
  it('covers exactly the households that need a visit, in route order, on working days only, at most N a day', async () => {
    const settings = await loadSettings()
    const { households, hk } = await area({ occupied: 26, notMovedIn: 6 })
    // Not needed in October: an owner moving in only in November; another area's household.
    const late = await makeHousehold({ buildingId: (await db.building.findFirstOrThrow({ where: { id: households[0]!.buildingId } })).id, buildingNo: households[0]!.roomNo.split('-').slice(0, 2).join('-'), unit: 9, floor: 1, room: '101', moveInDate: '2026-11-20' })
    const other = await area({ occupied: 2, notMovedIn: 0 })

    const plan = await generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-10', maxPerDay: '2' }, now: SEPT_25, settings })
    expect(plan.status).toBe('draft')
    const items = await itemsOf(plan.id)
    expect(new Set(items.map((i) => i.householdId))).toEqual(new Set(households.map((h) => h.id)))
    expect(items).toHaveLength(households.length)
    expect(items.some((i) => i.householdId === late.id || other.households.some((h) => h.id === i.householdId))).toBe(false)

    // Working days only: nothing on the National Day holidays, the make-up Saturday 10-10 is used.
    for (const i of items) {
      expect(i.plannedDate.slice(0, 7)).toBe('2026-10')
      expect(isWorkingDay(i.plannedDate, settings), i.plannedDate).toBe(true)
    }
    expect(items.filter((i) => i.plannedDate >= '2026-10-01' && i.plannedDate <= '2026-10-07')).toEqual([])
    expect(items.some((i) => i.plannedDate === '2026-10-10')).toBe(true)
    // At most N a day.
    const perDay = new Map<string, number>()
    for (const i of items) perDay.set(i.plannedDate, (perDay.get(i.plannedDate) ?? 0) + 1)
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(2)
    // V2: owners not moved in get a phone visit, never on a Monday (V5); the others a home visit (V1).
    const byHousehold = new Map(items.map((i) => [i.householdId, i]))
    for (const h of households) {
      const i = byHousehold.get(h.id)!
      expect(i.kind).toBe(h.occupancy === 'notMovedIn' ? 'phone' : 'home')
      expect(i.rule).toBe(h.occupancy === 'notMovedIn' ? 'V2' : 'V1')
      if (i.kind === 'phone') expect(localWeekday(i.plannedDate)).not.toBe(1)
    }
    // Route order: walking the plan's home visits day by day follows building → unit → floor → room.
    const byDay = items.filter((i) => i.kind === 'home').sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))
    const key = (i: (typeof items)[number]) => ({ id: i.householdId, building: i.household!.building.number, unit: i.household!.unit, floor: i.household!.floor, room: i.household!.room })
    const route = routeOrder(byDay.map(key)).map((k) => k.id)
    const days = [...new Set(byDay.map((i) => i.plannedDate))]
    const walked = days.flatMap((d) => routeOrder(byDay.filter((i) => i.plannedDate === d).map(key)).map((k) => k.id))
    expect(walked).toEqual(route)
    // The generation is audited; a second plan for the month is refused.
    expect(await db.auditLog.count({ where: { entity: 'VisitPlan', entityId: plan.id, action: 'generate' } })).toBe(1)
    const again = await fails(generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-10' }, now: SEPT_25, settings }))
    expect(again?.message).toContain('已存在')
  })

  it('refuses when N a day cannot hold the month, and plans only this month or the next', async () => {
    const settings = await loadSettings()
    const { hk } = await area({ occupied: 40, notMovedIn: 0 })
    // October 2026 has 18 working days: 40 visits need at least 3 a day.
    const tooFew = await fails(generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-10', maxPerDay: '2' }, now: SEPT_25, settings }))
    expect(tooFew?.code).toBe('INVALID')
    expect(tooFew?.fieldErrors?.maxPerDay?.[0]).toContain('3')
    expect(await db.visitPlan.count({ where: { housekeeperId: hk.user.id } })).toBe(0)
    expect((await fails(generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-12' }, now: SEPT_25, settings })))?.code).toBe('INVALID')
    const ok = await generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-10', maxPerDay: '3' }, now: SEPT_25, settings })
    expect(ok.items).toBe(40)
  })

  it('this month: skips who was visited, V2 owners phoned this quarter, past days; merges a §3.3 follow-up into the home visit', async () => {
    const settings = await loadSettings()
    const { households, hk } = await area({ occupied: 4, notMovedIn: 2 })
    const [visited, wedding, , , phoned] = [households[0]!, households[1]!, households[2]!, households[3]!, households[4]!]
    const visit = (householdId: string, at: string, kind: 'home' | 'phone') =>
      db.visit.create({ data: { clientKey: `k-${householdId}-${at}`, householdId, housekeeperId: hk.user.id, kind, startedAt: new Date(at), endedAt: new Date(new Date(at).getTime() + 600_000) } })
    await visit(visited.id, '2026-11-05T10:00:00+08:00', 'home')
    await visit(phoned.id, '2026-10-20T10:00:00+08:00', 'phone')
    // A wedding on 11-09 (§3.3-6, within 7 days: due 11-16) and a trigger of another housekeeper's household.
    await db.followUp.create({ data: { householdId: wedding.id, source: 'wedding', title: '婚庆服务', dueAt: new Date('2026-11-16T23:59:59.999+08:00'), rule: '3.3-6 婚庆服务（7 天内）', assigneeId: hk.user.id } })
    const plan = await generatePlan({ actor: hk.actor, input: { period: 'month', periodKey: '2026-11', maxPerDay: '20' }, now: NOV_10, settings })
    const items = await itemsOf(plan.id)
    const ids = items.map((i) => i.householdId)
    expect(ids).not.toContain(visited.id)
    expect(ids).not.toContain(phoned.id)
    expect(items).toHaveLength(households.length - 2)
    const w = items.filter((i) => i.householdId === wedding.id)
    expect(w).toHaveLength(1)
    expect(w[0]).toMatchObject({ purpose: 'wedding', kind: 'home', rule: '3.3-6 V1' })
    expect(w[0]!.plannedDate <= '2026-11-16').toBe(true)
    expect(items.every((i) => i.plannedDate >= '2026-11-10')).toBe(true)
  })

  it('the yearly plan: every month for occupied homes, one phone call per quarter for owners not moved in', async () => {
    const settings = await loadSettings()
    const { households, hk } = await area({ occupied: 3, notMovedIn: 3 })
    const plan = await generatePlan({ actor: hk.actor, input: { period: 'year', periodKey: '2027' }, now: SEPT_25, settings })
    const items = await itemsOf(plan.id)
    for (const h of households) {
      const mine = items.filter((i) => i.householdId === h.id)
      if (h.occupancy === 'occupied') {
        expect(mine.map((i) => i.plannedDate).sort()).toEqual(Array.from({ length: 12 }, (_, m) => `2027-${String(m + 1).padStart(2, '0')}-01`))
        expect(mine.every((i) => i.kind === 'home')).toBe(true)
      } else {
        expect(mine).toHaveLength(4)
        expect(mine.every((i) => i.kind === 'phone' && i.rule === 'V2')).toBe(true)
        expect(new Set(mine.map((i) => Math.floor((Number(i.plannedDate.slice(5, 7)) - 1) / 3)))).toEqual(new Set([0, 1, 2, 3]))
      }
    }
    // The three owners not moved in are called in different months of each quarter (even load).
    const q1 = items.filter((i) => i.kind === 'phone' && i.plannedDate < '2027-04-01').map((i) => i.plannedDate)
    expect(new Set(q1).size).toBe(3)
    expect((await fails(generatePlan({ actor: hk.actor, input: { period: 'year', periodKey: '2029' }, now: SEPT_25, settings })))?.code).toBe('INVALID')
  })
})

describe('the center manager’s own plan (V4)', () => {
  it('institutional targets with the key-attention household least recently visited; a target planned in its block is not planned again', async () => {
    const settings = await loadSettings()
    const { households } = await area({ occupied: 3, notMovedIn: 0 })
    const [k1, k2] = households
    await db.household.updateMany({ where: { id: { in: [k1!.id, k2!.id] } }, data: { keyAttention: true } })
    const mgr = await makeUser('centerManager')
    // The manager visited k1 in August: k2 is the one to visit.
    await db.visit.create({ data: { clientKey: `mgr-${k1!.id}`, householdId: k1!.id, housekeeperId: mgr.user.id, kind: 'home', startedAt: new Date('2026-08-20T10:00:00+08:00'), endedAt: new Date('2026-08-20T10:30:00+08:00') } })

    // September (this month): the community office (Sep–Oct block) and the Q3 housing bureau visit are planned.
    const sept = await generatePlan({ actor: mgr.actor, input: { period: 'month', periodKey: '2026-09', hasOwnersCommittee: 'on' }, now: SEPT_25, settings })
    const septItems = await itemsOf(sept.id)
    expect(septItems.map((i) => i.target).sort()).toEqual(['committeeChair', 'communityOffice', 'housingBureau', 'keyAttention'])
    expect(septItems.find((i) => i.target === 'keyAttention')?.householdId).toBe(k2!.id)
    expect(septItems.filter((i) => i.target !== 'keyAttention').every((i) => i.householdId === null && i.rule === 'V4')).toBe(true)
    expect(septItems.every((i) => i.plannedDate >= '2026-09-25' && isWorkingDay(i.plannedDate, settings))).toBe(true)

    // October, no committee: the community office was planned in its block already; Q4 starts a new bureau visit.
    const oct = await generatePlan({ actor: mgr.actor, input: { period: 'month', periodKey: '2026-10' }, now: SEPT_25, settings })
    const octItems = await itemsOf(oct.id)
    expect(octItems.map((i) => i.target).sort()).toEqual(['housingBureau', 'keyAttention'])
    // k2 is planned in September now: October's key-attention visit goes to k1.
    expect(octItems.find((i) => i.target === 'keyAttention')?.householdId).toBe(k1!.id)
    expect(octItems.every((i) => isWorkingDay(i.plannedDate, settings) && !(i.plannedDate >= '2026-10-01' && i.plannedDate <= '2026-10-07'))).toBe(true)

    // The manager confirms the own plan (nobody above in the center) and records an institutional visit.
    const confirmed = await submitPlan({ actor: mgr.actor, id: sept.id, input: { version: 1 }, now: SEPT_25 })
    expect(confirmed.status).toBe('approved')
    const office = septItems.find((i) => i.target === 'communityOffice')!
    await markTargetVisited({ actor: mgr.actor, planId: sept.id, input: { version: confirmed.version, itemId: office.id, visitedOn: '2026-09-25', note: '与社区主任沟通垃圾分类' }, now: SEPT_25, settings })
    const view = await getPlan({ actor: mgr.actor, id: sept.id, now: SEPT_25, settings })
    expect(view!.items.find((i) => i.id === office.id)?.progress).toMatchObject({ done: true, doneOn: '2026-09-25' })
    expect(view!.summary.done).toBe(1)

    // Only the center manager makes a V4 plan; a housekeeper's plan is never made of institutional targets.
    const desk = await makeUser('frontDesk')
    expect((await fails(generatePlan({ actor: desk.actor, input: { period: 'month', periodKey: '2026-10' }, now: SEPT_25, settings })))?.code).toBe('FORBIDDEN')
  })
})
