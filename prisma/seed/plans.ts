// Demo visit plans (V3), made through the plan operations: an approved plan for this month for guanjia1 and
// guanjia2 (visits planned today, some already done by the month's visits), a submitted plan for next month
// for guanjia3 (for the supervisor to review) and a returned one for guanjia4 with the supervisor's note.
import type { Faker } from '@faker-js/faker'
import type { Db } from '../../lib/db/client'
import type { Actor } from '../../lib/auth/actor'
import { addMonthsToYearMonth, firstDayOfMonth, routeOrder, startOfLocalDay, toLocalDate, yearMonthOf } from '../../lib/rules'
import { loadSettings } from '../../lib/server/settings/get-settings'
import { createPlan, type NewPlanItem } from '../../lib/server/plans/create-plan'
import { generatePlan } from '../../lib/server/plans/generate-plan'
import { phoneDayAllowed, spreadOverDays, workingDaysOf } from '../../lib/server/plans/schedule'
import { submitPlan } from '../../lib/server/plans/submit-plan'
import { approvePlan, returnPlan } from '../../lib/server/plans/review-plan'

const H = 3_600_000

async function actorOf(db: Db, userIds: Record<string, string>, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userIds[username] }, select: { id: true, username: true, name: true, role: true, areas: { select: { areaId: true } } } })
  return { id: u.id, username: u.username, name: u.name, role: u.role, areaIds: u.areas.map((a) => a.areaId) }
}

export async function seedPlans(db: Db, f: Faker, now: Date, userIds: Record<string, string>) {
  const settings = await loadSettings(db)
  const sup = await actorOf(db, userIds, 'zhuguan')
  const today = toLocalDate(now, settings)
  const month = yearMonthOf(today)
  const next = addMonthsToYearMonth(month, 1)
  // Made on the 1st at 08:00, submitted at 09:00, approved at 11:00 (never later than just before now).
  const monthStart = startOfLocalDay(firstDayOfMonth(month), settings).getTime()
  const at = (hours: number, back: number) => new Date(Math.min(monthStart + hours * H, now.getTime() - back * H))

  for (const username of ['guanjia1', 'guanjia2']) {
    const hk = await actorOf(db, userIds, username)
    // The whole month as it was planned on the 1st: every household once (V1), owners not moved in by phone (V2).
    const households = await db.household.findMany({
      where: { building: { areaId: { in: hk.areaIds } } },
      select: { id: true, occupancy: true, unit: true, floor: true, room: true, building: { select: { number: true } } },
    })
    const route = routeOrder(households.map((h) => ({ id: h.id, kind: h.occupancy === 'notMovedIn' ? ('phone' as const) : ('home' as const), building: h.building.number, unit: h.unit, floor: h.floor, room: h.room })))
    const days = workingDaysOf(month, settings)
    // The demo always has visits planned today, also when it is seeded on a weekend.
    if (!days.includes(today)) {
      days.push(today)
      days.sort()
    }
    const dates = spreadOverDays({ days, fixed: [], route, maxPerDay: 20, phoneOk: (d) => d === today || phoneDayAllowed(d, settings) })
    const items: NewPlanItem[] = route.map((r, i) => ({ householdId: r.id, target: null, plannedDate: dates.route[i]!, kind: r.kind, purpose: 'routine', rule: r.kind === 'phone' ? 'V2' : 'V1' }))
    const plan = await createPlan({ actor: hk, period: 'month', periodKey: month, items, now: at(8, 3) })
    const submitted = await submitPlan({ actor: hk, id: plan.id, input: { version: plan.version }, now: at(9, 2) })
    await approvePlan({ actor: sup, id: plan.id, input: { version: submitted.version, note: f.helpers.arrayElement(['同意，注意避开午休时间', '同意']) }, now: at(11, 1) })
  }

  const g3 = await actorOf(db, userIds, 'guanjia3')
  const p3 = await generatePlan({ actor: g3, input: { period: 'month', periodKey: next }, now, settings })
  await submitPlan({ actor: g3, id: p3.id, input: { version: p3.version, note: '已按楼栋顺序排好，请审批' }, now })

  const g4 = await actorOf(db, userIds, 'guanjia4')
  const p4 = await generatePlan({ actor: g4, input: { period: 'month', periodKey: next }, now, settings })
  const s4 = await submitPlan({ actor: g4, id: p4.id, input: { version: p4.version }, now })
  await returnPlan({ actor: sup, id: p4.id, input: { version: s4.version, note: '6号楼2单元下月初外墙维修，这几天的上门走访请往后排；电话走访不要排在周一。' }, now })
}
