// What the supervisor watches (V3) for the current month, per housekeeper: the month's plan (status, planned,
// done, overdue items) and V1 coverage — the share of the occupied households of their areas that got a visit
// this month. Both counts come from visitRequirements: the households needing V1 with no visits at all, and
// those still needing it with this month's visits.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { firstDayOfMonth, lastDayOfMonth, startOfLocalDay, endOfLocalDay, toLocalDate, visitRequirements, yearMonthOf, type Settings, type VisitRequirement } from '@/lib/rules'
import { canReviewPlans } from './access'
import { itemProgress } from './progress'

const needsV1 = (r: VisitRequirement) => r.rule === 'V1' || r.alsoCovers.some((c) => c.rule === 'V1')

export async function monthCoverage({ actor, now, settings: s }: { actor: Actor; now: Date; settings: Settings }) {
  if (!canReviewPlans(actor)) throw new AppError('FORBIDDEN')
  const today = toLocalDate(now, s)
  const month = yearMonthOf(today)
  const [staff, households, visits, plans] = await Promise.all([
    db.user.findMany({ where: { role: 'housekeeper', active: true }, orderBy: { username: 'asc' }, select: { id: true, name: true, areas: { select: { areaId: true } } } }),
    db.household.findMany({ select: { id: true, occupancy: true, moveInDate: true, unit: true, floor: true, room: true, building: { select: { number: true, areaId: true } } } }),
    db.visit.findMany({
      where: { startedAt: { gte: startOfLocalDay(firstDayOfMonth(month), s), lte: endOfLocalDay(lastDayOfMonth(month), s) } },
      select: { householdId: true, startedAt: true, kind: true, purpose: true, housekeeperId: true },
    }),
    db.visitPlan.findMany({
      where: { period: 'month', periodKey: month, housekeeper: { role: 'housekeeper' } },
      select: {
        id: true,
        status: true,
        housekeeperId: true,
        items: { select: { id: true, householdId: true, target: true, plannedDate: true, kind: true, purpose: true, rule: true, visit: { select: { startedAt: true } } } },
      },
    }),
  ])
  // Housekeepers' plans have no institutional items.
  const targetVisits = new Map<string, string>()
  return staff.map((u) => {
    const areas = new Set(u.areas.map((a) => a.areaId))
    const mine = households
      .filter((h) => areas.has(h.building.areaId))
      .map((h) => ({ id: h.id, occupancy: h.occupancy, moveInDate: h.moveInDate, building: h.building.number, unit: h.unit, floor: h.floor, room: h.room }))
    const ids = new Set(mine.map((h) => h.id))
    const myVisits = visits.filter((v) => ids.has(v.householdId))
    const base = visitRequirements({ month, households: mine, visits: [] }, s).filter(needsV1).length
    const open = visitRequirements({ month, households: mine, visits: myVisits.map((v) => ({ householdId: v.householdId, at: v.startedAt, kind: v.kind })) }, s).filter(needsV1).length
    const plan = plans.find((p) => p.housekeeperId === u.id)
    const progress = plan ? itemProgress(plan.items, { visits: myVisits, targetVisits, today, approved: plan.status === 'approved', period: 'month', settings: s }) : new Map()
    const values = [...progress.values()]
    return {
      housekeeper: { id: u.id, name: u.name },
      month,
      plan: plan ? { id: plan.id, status: plan.status } : null,
      planned: plan?.items.length ?? 0,
      done: values.filter((p) => p.done).length,
      overdue: values.filter((p) => p.overdue).length,
      occupied: base,
      visited: base - open,
      coveragePercent: base === 0 ? 100 : Math.floor(((base - open) * 100) / base),
    }
  })
}
