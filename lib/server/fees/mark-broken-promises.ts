// Job (F5): promises whose promised day has ended are settled — kept when the payments cover them, otherwise broken,
// with a notification to the person responsible for the household's arrears. Idempotent and safe on several instances:
// only pending promises change, each update is guarded by status and version, and the notification has a dedupe key.
import type { Db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { notify } from '@/lib/server/notifications/notify'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { isPromiseBroken, toLocalDate, type Settings } from '@/lib/rules'
import { fmtMoney } from '@/lib/format'
import { paidWithinPromise } from './settle-promises'

/** Returns how many promises changed status. */
export async function markBrokenPromises(db: Db, now: Date, settings?: Settings): Promise<number> {
  const s = settings ?? (await loadSettings(db))
  const today = toLocalDate(now, s)
  // The promised day must have ended: promisedDate < today (local) — isPromiseBroken decides with the instant.
  const due = await db.paymentPromise.findMany({
    where: { status: 'pending', promisedDate: { lt: today } },
    select: { id: true, householdId: true, promisedDate: true, amountCents: true, createdAt: true, version: true, recordedById: true, household: { select: { roomNo: true } } },
    orderBy: { promisedDate: 'asc' },
    take: 5000,
  })
  let changed = 0
  for (const p of due) {
    const payments = await db.payment.findMany({ where: { householdId: p.householdId }, select: { amountCents: true, paidAt: true } })
    const paid = paidWithinPromise(p, payments, s)
    const broken = isPromiseBroken({ promisedDate: p.promisedDate, promisedCents: p.amountCents, paidCentsSincePromise: paid, now }, s)
    if (!broken && paid < p.amountCents) continue // the day has not ended yet in the center's zone
    const status = broken ? 'broken' : 'kept'
    changed += await db.$transaction(async (tx) => {
      const r = await tx.paymentPromise.updateMany({ where: { id: p.id, status: 'pending', version: p.version }, data: { status, version: { increment: 1 } } })
      if (r.count === 0) return 0
      await audit(tx, { actorId: null, entity: 'PaymentPromise', entityId: p.id, action: status, before: { status: 'pending' }, after: { status, paidCents: paid }, at: now })
      if (broken) {
        const kase = await tx.arrearsCase.findFirst({ where: { householdId: p.householdId, responsibleId: { not: null } }, orderBy: { period: 'desc' }, select: { responsibleId: true } })
        const userId = kase?.responsibleId ?? p.recordedById
        const count = await tx.paymentPromise.count({ where: { householdId: p.householdId, status: 'broken' } })
        await notify(tx, [
          {
            userId,
            kind: 'promiseBroken',
            title: `${p.household.roomNo} 未按承诺缴费（${p.promisedDate} ${fmtMoney(p.amountCents)}）`,
            body: `F5 承诺已失信，该户累计失信 ${count} 次；请跟进。`,
            link: `/fees/households/${p.householdId}`,
            dedupeKey: `promiseBroken:${p.id}`,
          },
        ])
      }
      return 1
    })
  }
  return changed
}
