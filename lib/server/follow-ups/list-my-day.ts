// The rest of a housekeeper's day besides V1/V2 and the due follow-ups (list-due-follow-ups.ts): the
// follow-ups coming next, repair callbacks due, today's approved planned visits in route order.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'
import { routeOrder } from '@/lib/rules'

export async function listMyDay({ actor, today, endOfToday }: { actor: Actor; today: string; endOfToday: Date }) {
  const scope = householdScope(actor)
  const [upcoming, callbacks, planItems] = await Promise.all([
    db.followUp.findMany({
      where: { assigneeId: actor.id, status: 'open', dueAt: { gt: endOfToday }, household: scope },
      orderBy: { dueAt: 'asc' },
      take: 10,
      select: { id: true, title: true, dueAt: true, rule: true, createdAt: true, household: { select: { id: true, roomNo: true } } },
    }),
    // Read-only: callbacks belong to repairs (§3.1); a housekeeper calls back the households of their areas.
    db.repairCallback.findMany({
      where: { doneAt: null, waitingForRain: false, dueAt: { lte: endOfToday }, repair: { household: scope } },
      orderBy: { dueAt: 'asc' },
      take: 50,
      select: {
        id: true,
        rule: true,
        dueAt: true,
        createdAt: true,
        repair: { select: { id: true, no: true, description: true, completedAt: true, household: { select: { id: true, roomNo: true } } } },
      },
    }),
    db.visitPlanItem.findMany({
      where: { plannedDate: today, visit: null, householdId: { not: null }, plan: { housekeeperId: actor.id, status: 'approved' }, household: scope },
      take: 100,
      select: {
        id: true,
        kind: true,
        purpose: true,
        rule: true,
        household: { select: { id: true, roomNo: true, unit: true, floor: true, room: true, building: { select: { number: true } } } },
      },
    }),
  ])
  const planned = routeOrder(
    planItems
      .filter((p) => p.household !== null)
      .map((p) => ({ ...p, household: p.household!, building: p.household!.building.number, unit: p.household!.unit, floor: p.household!.floor, room: p.household!.room })),
  )
  return { upcoming, callbacks, planned }
}
