// F4: a bill's late fee waived (or charged again) case by case by a supervisor, with a reason; version-checked, audited.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { waiveSchema } from '@/lib/validation/fees'
import { assertCan, feeHouseholdScope, LATE_FEE_WAIVERS } from './access'

export async function waiveLateFee({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertCan(actor, LATE_FEE_WAIVERS, '只有主管可以减免滞纳金')
  const v = parseInput(waiveSchema, input)
  return db.$transaction(async (tx) => {
    const bill = await tx.bill.findFirst({
      where: { id: v.billId, household: feeHouseholdScope(actor) },
      select: { id: true, householdId: true, period: true, lateFeeWaived: true, version: true },
    })
    if (!bill) throw new AppError('NOT_FOUND')
    if (bill.version !== v.version) throw new AppError('CONFLICT')
    if (bill.lateFeeWaived === v.waive) throw new AppError('INVALID', v.waive ? '该账单的滞纳金已减免' : '该账单的滞纳金未减免')
    const r = await tx.bill.updateMany({ where: { id: bill.id, version: v.version }, data: { lateFeeWaived: v.waive, version: { increment: 1 } } })
    assertUpdated(r.count)
    await audit(tx, {
      actorId: actor.id,
      entity: 'Bill',
      entityId: bill.id,
      action: v.waive ? 'waiveLateFee' : 'chargeLateFee',
      before: { lateFeeWaived: bill.lateFeeWaived },
      after: { lateFeeWaived: v.waive, reason: v.reason },
      at: now,
    })
    return { ...bill, lateFeeWaived: v.waive, version: bill.version + 1 }
  })
}
