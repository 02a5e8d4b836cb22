// F3: the households in arrears on a month's reference day — unpaid bills due before that day — with their figures.
// Shared by the list, its export and the compile step. The reference day is today for the current month and the
// month's last day for a past month (paid amounts are as stored now: a later payment takes a household off the list).
import type { Actor } from '@/lib/auth/actor'
import type { Tx } from '@/lib/db'
import { lastDayOfMonth, toLocalDate, yearMonthOf, type LocalDate, type Settings, type YearMonth } from '@/lib/rules'
import { feeHouseholdScope } from './access'
import { arrearsFigures, type ArrearsFigures } from './arrears-math'

export function referenceDay(month: YearMonth, now: Date, settings: Settings): { month: YearMonth; on: LocalDate } {
  const today = toLocalDate(now, settings)
  const current = yearMonthOf(today)
  if (month >= current) return { month: current, on: today }
  return { month, on: lastDayOfMonth(month) }
}

export type Candidate = { householdId: string; areaId: string; figures: ArrearsFigures }

export async function arrearsCandidates(
  tx: Tx,
  o: { actor: Actor; on: LocalDate; settings: Settings; householdWhere?: object },
): Promise<Candidate[]> {
  const scope = feeHouseholdScope(o.actor)
  const household = { AND: [scope, o.householdWhere ?? {}] }
  // Households with at least one unpaid bill due before the reference day…
  const overdue = await tx.bill.findMany({
    where: { dueDate: { lt: o.on }, paidCents: { lt: tx.bill.fields.amountCents }, household },
    select: { householdId: true },
    distinct: ['householdId'],
  })
  if (overdue.length === 0) return []
  const ids = overdue.map((b) => b.householdId)
  const out: Candidate[] = []
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500)
    // …and their unpaid bills due by then.
    const bills = await tx.bill.findMany({
      where: { householdId: { in: part }, dueDate: { lte: o.on }, paidCents: { lt: tx.bill.fields.amountCents } },
      select: { id: true, householdId: true, period: true, amountCents: true, paidCents: true, dueDate: true, lateFeeWaived: true, household: { select: { building: { select: { areaId: true } } } } },
    })
    const byHousehold = new Map<string, typeof bills>()
    for (const b of bills) byHousehold.set(b.householdId, [...(byHousehold.get(b.householdId) ?? []), b])
    for (const [householdId, hb] of byHousehold) {
      const figures = arrearsFigures(hb, o.on, o.settings)
      if (figures.overdueBills > 0) out.push({ householdId, areaId: hb[0]!.household.building.areaId, figures })
    }
  }
  return out
}

/** The default person responsible for an area's arrears: its housekeeper (first by account name when there are several). */
export async function housekeeperByArea(tx: Tx): Promise<Map<string, { id: string; name: string }>> {
  const users = await tx.user.findMany({
    where: { role: 'housekeeper', active: true },
    orderBy: { username: 'asc' },
    select: { id: true, name: true, areas: { select: { areaId: true } } },
  })
  const map = new Map<string, { id: string; name: string }>()
  for (const u of users) for (const a of u.areas) if (!map.has(a.areaId)) map.set(a.areaId, { id: u.id, name: u.name })
  return map
}
