// The dunning letter (催费函, F6 step 3): the household's billing detail (bills and payments), arrears detail with late
// fees, and the ways to pay. Shows the last letter sent (its date and follow-up), or a preview before one is sent.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { toLocalDate, type Settings } from '@/lib/rules'
import { feeHouseholdScope } from './access'
import { arrearsFigures } from './arrears-math'

export async function getLetter({ actor, id, now = new Date(), settings }: { actor: Actor; id: string; now?: Date; settings: Settings }) {
  const h = await db.household.findFirst({
    where: { AND: [{ id }, feeHouseholdScope(actor)] },
    select: {
      id: true,
      roomNo: true,
      building: { select: { name: true } },
      residents: { where: { kind: 'owner' }, orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], take: 1, select: { name: true } },
    },
  })
  if (!h) throw new AppError('NOT_FOUND')
  const [center, bills, payments, letter] = await Promise.all([
    db.centerSettings.findUnique({ where: { id: 1 }, select: { name: true } }),
    db.bill.findMany({ where: { householdId: h.id }, select: { id: true, period: true, amountCents: true, paidCents: true, dueDate: true, lateFeeWaived: true } }),
    db.payment.findMany({ where: { householdId: h.id }, orderBy: { paidAt: 'desc' }, take: 12, select: { id: true, amountCents: true, paidAt: true, method: true } }),
    db.dunningStep.findFirst({ where: { householdId: h.id, kind: 'letter' }, orderBy: [{ at: 'desc' }, { createdAt: 'desc' }], select: { at: true, deadlineAt: true, actor: { select: { name: true } } } }),
  ])
  const on = toLocalDate(letter?.at ?? now, settings)
  const figures = arrearsFigures(bills, on, settings)
  return {
    centerName: center?.name ?? '',
    household: h,
    ownerName: h.residents[0]?.name ?? null,
    on,
    letter,
    figures,
    unpaidBills: figures.bills.filter((b) => b.unpaidCents > 0),
    recentBills: figures.bills.slice(-12),
    payments,
  }
}
