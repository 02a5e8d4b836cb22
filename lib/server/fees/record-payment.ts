// F1: a payment entered by hand (amount, date, method) — allocated to the oldest unpaid bills, promises settled,
// audited. The form's client key is the payment's reference, so a double submit records one payment.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { writeAudit } from '@/lib/server/households/import/write-audit'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { localDateTime, toLocalDate, type Settings } from '@/lib/rules'
import { paymentSchema } from '@/lib/validation/fees'
import { assertCan, PAYMENT_RECORDERS, requireFeeHousehold } from './access'
import { reallocateHouseholds } from './allocate'
import { settlePromises } from './settle-promises'

export async function recordPayment({ actor, householdId, input, now = new Date(), settings }: { actor: Actor; householdId: string; input: unknown; now?: Date; settings?: Settings }) {
  assertCan(actor, PAYMENT_RECORDERS)
  const v = parseInput(paymentSchema, input)
  const s = settings ?? (await loadSettings())
  const today = toLocalDate(now, s)
  if (v.paidOn > today) throw new AppError('INVALID', undefined, { paidOn: ['缴费日期不能晚于今天'] })
  const externalRef = `manual:${v.clientKey}`
  const paidAt = v.paidOn === today ? now : localDateTime(v.paidOn, '12:00', s)
  try {
    return await db.$transaction(async (tx) => {
      await requireFeeHousehold(actor, householdId, tx)
      const existing = await tx.payment.findUnique({ where: { externalRef }, select: { id: true, householdId: true } })
      if (existing) return { id: existing.id, duplicate: true }
      const p = await tx.payment.create({
        data: { householdId, amountCents: v.amount, paidAt, method: v.method, externalRef },
        select: { id: true, amountCents: true, paidAt: true, method: true, externalRef: true },
      })
      await audit(tx, { actorId: actor.id, entity: 'Payment', entityId: p.id, action: 'create', after: { ...p, householdId }, at: now })
      const entries = [...(await reallocateHouseholds(tx, [householdId], actor.id, now)), ...(await settlePromises(tx, [householdId], actor.id, now, s))]
      await writeAudit(tx, entries)
      return { id: p.id, duplicate: false }
    })
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') return { id: '', duplicate: true }
    throw e
  }
}
