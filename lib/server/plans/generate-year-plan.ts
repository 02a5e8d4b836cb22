// The yearly plan (V3): for every household of the housekeeper's areas, the months it is to be visited —
// every month it needs one by visitRequirements (V1; the move-in visits), and one phone call per quarter
// for owners not moved in (V2), spread over the quarter's three months in route order so the load is even.
// An item's plannedDate is the first day of its month: a yearly plan plans months, not days.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'
import { firstDayOfMonth, formatYearMonth, routeOrder, visitRequirements, type Settings, type VisitRequirement } from '@/lib/rules'
import { assertNoPlanYet, assertPlannablePeriod, createPlan, type NewPlanItem } from './create-plan'

const PURPOSE_OF_RULE: Partial<Record<VisitRequirement['rule'], string>> = { '3.3-1': 'moveInWelcome', '3.3-2': 'moveInThreeMonths' }

export async function generateYearPlan(opts: { actor: Actor; year: string; now: Date; settings: Settings }) {
  const { actor, year, now, settings: s } = opts
  assertPlannablePeriod('year', year, now, s)
  await assertNoPlanYet(actor, 'year', year)
  const households = await db.household.findMany({
    where: householdScope(actor),
    select: { id: true, occupancy: true, moveInDate: true, unit: true, floor: true, room: true, building: { select: { number: true } } },
  })
  const plan = households.map((h) => ({ id: h.id, occupancy: h.occupancy, moveInDate: h.moveInDate, building: h.building.number, unit: h.unit, floor: h.floor, room: h.room }))
  // Which month of each quarter an owner not moved in is called: 1st, 2nd, 3rd by route position.
  const notMovedIn = routeOrder(plan.filter((h) => h.occupancy === 'notMovedIn'))
  const callMonth = new Map(notMovedIn.map((h, i) => [h.id, i % 3]))
  const items: NewPlanItem[] = []
  for (let m = 1; m <= 12; m++) {
    const month = formatYearMonth(Number(year), m)
    // Nothing done yet in a year being planned: every requirement of the month counts.
    for (const r of visitRequirements({ month, households: plan, visits: [] }, s)) {
      if (r.rule === 'V2' && callMonth.get(String(r.householdId)) !== (m - 1) % 3) continue
      items.push({
        householdId: String(r.householdId),
        target: null,
        plannedDate: firstDayOfMonth(month),
        kind: r.need === 'phoneVisit' ? 'phone' : 'home',
        purpose: PURPOSE_OF_RULE[r.rule] ?? 'routine',
        rule: [r.rule, ...r.alsoCovers.map((c) => c.rule)].join(' '),
      })
    }
  }
  return createPlan({ actor, period: 'year', periodKey: year, items, now })
}
