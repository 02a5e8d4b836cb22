// F5: payment promises whose follow-up is due (promised date today or earlier) or coming within a few days —
// the housekeeper's "my promises due"; a supervisor sees the whole center's.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { addLocalDays, promiseFollowUp, toLocalDate, type Settings } from '@/lib/rules'
import { feeHouseholdScope } from './access'

export const PROMISES_AHEAD_DAYS = 3

export async function listPromisesDue({ actor, now = new Date(), settings, take = 100 }: { actor: Actor; now?: Date; settings: Settings; take?: number }) {
  const scope = feeHouseholdScope(actor)
  const today = toLocalDate(now, settings)
  const rows = await db.paymentPromise.findMany({
    where: { status: 'pending', promisedDate: { lte: addLocalDays(today, PROMISES_AHEAD_DAYS) }, household: scope },
    orderBy: [{ promisedDate: 'asc' }, { createdAt: 'asc' }],
    take,
    select: {
      id: true,
      promisedDate: true,
      amountCents: true,
      createdAt: true,
      note: true,
      recordedById: true,
      recordedBy: { select: { name: true } },
      household: { select: { id: true, roomNo: true, residents: { orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], take: 1, select: { name: true, phone: true } } } },
    },
  })
  return rows.map((p) => ({ ...p, followUpDue: promiseFollowUp({ promisedDate: p.promisedDate }, settings).due, mine: p.recordedById === actor.id }))
}
