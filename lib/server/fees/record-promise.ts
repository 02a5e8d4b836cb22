// F5: a payment promise (承诺缴费) from a personal follow-up (step 2): the promised date and amount, a follow-up due
// at the end of that date (promiseFollowUp), kept when payments cover it, broken when the date passes without.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { addLocalDays, promiseFollowUp, toLocalDate, type Settings } from '@/lib/rules'
import { fmtMoney } from '@/lib/format'
import { promiseSchema } from '@/lib/validation/fees'
import { assertCan, DUNNING_LOGGERS, requireFeeHousehold } from './access'
import { formatOutcome } from './constants'
import { logStep } from './log-step'

export async function recordPromise({ actor, householdId, input, now = new Date(), settings }: { actor: Actor; householdId: string; input: unknown; now?: Date; settings?: Settings }) {
  assertCan(actor, DUNNING_LOGGERS)
  const v = parseInput(promiseSchema, input)
  const s = settings ?? (await loadSettings())
  const today = toLocalDate(now, s)
  if (v.promisedDate < today) throw new AppError('INVALID', undefined, { promisedDate: ['承诺日期不能早于今天'] })
  if (v.promisedDate > addLocalDays(today, 366)) throw new AppError('INVALID', undefined, { promisedDate: ['承诺日期不能超过一年'] })
  return db.$transaction(async (tx) => {
    await requireFeeHousehold(actor, householdId, tx)
    const outcome = formatOutcome('promised', [`${v.promisedDate} ${fmtMoney(v.amount)}`, v.note].filter(Boolean).join('；'))
    const { figures } = await logStep(tx, {
      actor,
      householdId,
      input: { kind: 'personal', channel: v.channel, outcome, guardAcknowledged: v.guardAcknowledged, supervisorConfirmed: false },
      now,
      settings: s,
    })
    if (v.amount > figures.owedCents) throw new AppError('INVALID', undefined, { amount: [`承诺金额不能超过未缴总额 ${fmtMoney(figures.owedCents)}`] })
    const p = await tx.paymentPromise.create({
      data: { householdId, promisedDate: v.promisedDate, amountCents: v.amount, note: v.note, recordedById: actor.id, createdAt: now },
      select: { id: true, promisedDate: true, amountCents: true, status: true, version: true, createdAt: true },
    })
    await audit(tx, { actorId: actor.id, entity: 'PaymentPromise', entityId: p.id, action: 'create', after: { ...p, householdId }, at: now })
    return { ...p, followUpDue: promiseFollowUp({ promisedDate: p.promisedDate }, s).due }
  })
}
