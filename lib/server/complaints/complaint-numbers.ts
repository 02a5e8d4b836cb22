// P8: the figures the center is measured on, for the month of `now`, within the actor's scope.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { endOfLocalDay, firstDayOfMonth, lastDayOfMonth, startOfLocalDay, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { householdScope } from '@/lib/server/scope/households'
import { complaintScope } from './access'

export async function complaintNumbers({ actor, now, settings }: { actor: Actor; now: Date; settings: Settings }) {
  const month = yearMonthOf(toLocalDate(now, settings))
  const from = startOfLocalDay(firstDayOfMonth(month), settings)
  const to = endOfLocalDay(lastDayOfMonth(month), settings)
  const where = { AND: [complaintScope(actor), { registeredAt: { gte: from, lte: to } }] }
  const [registered, handled, calledBack, repeats, households, byCategory, byLevel] = await Promise.all([
    db.complaint.count({ where }),
    db.complaint.count({ where: { AND: [where, { OR: [{ handledAt: { not: null } }, { status: { in: ['calledBack', 'closed'] } }] }] } }),
    db.complaint.count({ where: { AND: [where, { calledBackAt: { not: null } }] } }),
    db.complaint.count({ where: { AND: [where, { repeatOfId: { not: null } }] } }),
    db.household.count({ where: householdScope(actor) }),
    db.complaint.groupBy({ by: ['category'], where, _count: { _all: true } }),
    db.complaint.groupBy({ by: ['level'], where, _count: { _all: true } }),
  ])
  const pct = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 10)
  return {
    month,
    registered,
    households,
    handledPercent: pct(handled, registered),
    calledBackPercent: pct(calledBack, handled),
    ratePer100: households === 0 ? null : Math.round((registered / households) * 100 * 100) / 100,
    repeats,
    targets: settings.targets,
    byCategory: Object.fromEntries(byCategory.map((r) => [r.category, r._count._all])),
    byLevel: Object.fromEntries(byLevel.map((r) => [r.level, r._count._all])),
  }
}
