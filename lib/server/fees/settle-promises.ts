// F5: a pending promise is kept once the payments made from the day it was given up to the end of the promised day
// cover the promised amount. Called after payments are written (by hand or imported), in the same transaction.
import type { AuditEntry } from '@/lib/audit'
import type { Tx } from '@/lib/db'
import { endOfLocalDay, startOfLocalDay, toLocalDate, type Settings } from '@/lib/rules'

export type PromiseRow = { id: string; householdId: string; promisedDate: string; amountCents: number; createdAt: Date; version: number }

/** Cents paid within the promise's window (from the local day it was recorded to the end of the promised day). */
export function paidWithinPromise(p: Pick<PromiseRow, 'promisedDate' | 'createdAt'>, payments: ReadonlyArray<{ amountCents: number; paidAt: Date }>, settings: Settings) {
  const from = startOfLocalDay(toLocalDate(p.createdAt, settings), settings).getTime()
  const to = endOfLocalDay(p.promisedDate, settings).getTime()
  return payments.filter((x) => x.paidAt.getTime() >= from && x.paidAt.getTime() <= to).reduce((s, x) => s + x.amountCents, 0)
}

export async function settlePromises(tx: Tx, householdIds: readonly string[], actorId: string | null, now: Date, settings: Settings): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = []
  const ids = [...new Set(householdIds)]
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500)
    const pending = await tx.paymentPromise.findMany({
      where: { householdId: { in: part }, status: 'pending' },
      select: { id: true, householdId: true, promisedDate: true, amountCents: true, createdAt: true, version: true },
    })
    if (pending.length === 0) continue
    const payments = await tx.payment.findMany({ where: { householdId: { in: [...new Set(pending.map((p) => p.householdId))] } }, select: { householdId: true, amountCents: true, paidAt: true } })
    for (const p of pending) {
      const paid = paidWithinPromise(p, payments.filter((x) => x.householdId === p.householdId), settings)
      if (paid < p.amountCents) continue
      const r = await tx.paymentPromise.updateMany({ where: { id: p.id, status: 'pending', version: p.version }, data: { status: 'kept', version: { increment: 1 } } })
      if (r.count === 1) entries.push({ actorId, entity: 'PaymentPromise', entityId: p.id, action: 'kept', before: { status: 'pending' }, after: { status: 'kept', paidCents: paid }, at: now })
    }
  }
  return entries
}
