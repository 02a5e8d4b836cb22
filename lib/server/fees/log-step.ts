// The one place a dunning step is written (F6 order and quiet period, F7 guard), inside the caller's transaction.
// Used by recordDunningStep and recordPromise (a promise is the outcome of a personal follow-up, step 2).
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import type { Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { dunningLetterFollowUp, dunningStepEligibility, lawyerLetterPaymentDeadline, toLocalDate, type Settings } from '@/lib/rules'
import { can, LETTER_CONFIRMERS } from './access'
import { arrearsFigures } from './arrears-math'
import { STEP_NUMBER, type StepKind } from './constants'
import { historyOf, openServiceIssues } from './ladder'

export type StepInput = {
  kind: StepKind
  channel: string
  outcome: string
  guardAcknowledged: boolean
  supervisorConfirmed: boolean
}

export async function logStep(tx: Tx, o: { actor: Actor; householdId: string; input: StepInput; now: Date; settings: Settings }) {
  const { actor, householdId, input, now, settings } = o
  const [bills, steps, issues] = await Promise.all([
    tx.bill.findMany({ where: { householdId }, select: { id: true, period: true, amountCents: true, paidCents: true, dueDate: true, lateFeeWaived: true } }),
    tx.dunningStep.findMany({ where: { householdId }, select: { kind: true, at: true } }),
    openServiceIssues(tx, householdId),
  ])
  const fig = arrearsFigures(bills, toLocalDate(now, settings), settings)
  if (fig.owedCents === 0) throw new AppError('INVALID', '该户没有未缴费用，无需催缴')
  const e = dunningStepEligibility(
    { step: STEP_NUMBER[input.kind], history: historyOf(steps), monthsOverdue: fig.monthsOverdue, now, ...issues },
    settings,
  )
  if (!e.allowed) throw new AppError('INVALID', `不能进行这一步：${e.reasons.join('；')}`)
  let supervisorConfirmedById: string | null = null
  if (e.guard?.warn) {
    if (e.guard.requiresSupervisorConfirmation) {
      if (!can(actor, LETTER_CONFIRMERS)) {
        throw new AppError('FORBIDDEN', `${e.guard.reasons.join('；')}。请主管确认后由主管在本页发函（可点「请主管确认」通知主管）`)
      }
      if (!input.supervisorConfirmed) {
        throw new AppError('INVALID', e.guard.reasons.join('；'), { supervisorConfirmed: ['请以主管身份确认：服务问题已知晓，仍要发函'] })
      }
      supervisorConfirmedById = actor.id
    } else if (!input.guardAcknowledged) {
      throw new AppError('INVALID', e.guard.reasons.join('；'), { guardAcknowledged: ['该户有未结投诉或维修，请确认已知晓后再记录'] })
    }
  }
  const deadlineAt =
    input.kind === 'letter'
      ? dunningLetterFollowUp({ sentAt: now }, settings).followUpDue
      : input.kind === 'lawyerLetter'
        ? lawyerLetterPaymentDeadline({ issuedAt: now }, settings).due
        : null
  const step = await tx.dunningStep.create({
    data: { householdId, kind: input.kind, at: now, actorId: actor.id, channel: input.channel, outcome: input.outcome, deadlineAt, supervisorConfirmedById },
    select: { id: true, kind: true, at: true, channel: true, outcome: true, deadlineAt: true, supervisorConfirmedById: true },
  })
  await audit(tx, {
    actorId: actor.id,
    entity: 'DunningStep',
    entityId: step.id,
    action: 'create',
    after: { ...step, householdId, guard: e.guard?.warn ? e.guard.reasons : undefined },
    at: now,
  })
  return { step, figures: fig }
}
