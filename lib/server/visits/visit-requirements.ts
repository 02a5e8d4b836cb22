// V1/V2 and the move-in visits still open this month for the households an actor may see.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'
import { firstDayOfMonth, monthBlock, startOfLocalDay, toLocalDate, visitRequirements, yearMonthOf, type Settings } from '@/lib/rules'

export async function openVisitRequirements({ actor, now, settings }: { actor: Actor; now: Date; settings: Settings }) {
  const month = yearMonthOf(toLocalDate(now, settings))
  const quarterStart = startOfLocalDay(firstDayOfMonth(monthBlock(month, 3).first), settings)
  const households = await db.household.findMany({
    where: householdScope(actor),
    select: { id: true, roomNo: true, occupancy: true, moveInDate: true, unit: true, floor: true, room: true, building: { select: { number: true } } },
  })
  const visits = await db.visit.findMany({
    where: { household: householdScope(actor), startedAt: { gte: quarterStart } },
    select: { householdId: true, startedAt: true, kind: true },
  })
  const roomNo = new Map(households.map((h) => [h.id, h.roomNo]))
  const reqs = visitRequirements(
    {
      month,
      now,
      households: households.map((h) => ({ id: h.id, occupancy: h.occupancy, moveInDate: h.moveInDate, building: h.building.number, unit: h.unit, floor: h.floor, room: h.room })),
      visits: visits.map((v) => ({ householdId: v.householdId, at: v.startedAt, kind: v.kind })),
    },
    settings,
  )
  return reqs.map((r) => ({ ...r, roomNo: roomNo.get(String(r.householdId)) ?? '' }))
}
