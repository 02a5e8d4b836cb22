// F6/F7: the household's dunning ladder as lib/rules sees it — history, eligibility of every step (with why),
// the quiet period after the last dunning letter and the lawyer letter's payment deadline.
import type { Tx } from '@/lib/db'
import {
  dunningLetterFollowUp,
  dunningStepEligibility,
  lawyerLetterPaymentDeadline,
  type DunningEligibility,
  type DunningHistoryEntry,
  type Settings,
} from '@/lib/rules'
import { STEP_KINDS, STEP_NUMBER, type StepKind } from './constants'

export type LadderStep = { kind: StepKind; at: Date }

export function historyOf(steps: readonly LadderStep[]): DunningHistoryEntry[] {
  return steps.map((s) => ({ step: STEP_NUMBER[s.kind], at: s.at }))
}

/** Open complaints (not closed) and open repairs (open / in progress): the F7 guard's input. */
export async function openServiceIssues(tx: Tx, householdId: string) {
  const [openComplaints, openRepairs] = await Promise.all([
    tx.complaint.count({ where: { householdId, status: { not: 'closed' } } }),
    tx.repair.count({ where: { householdId, status: { in: ['open', 'inProgress'] } } }),
  ])
  return { openComplaints, openRepairs }
}

export type LadderView = {
  steps: Array<{ kind: StepKind; number: number; done: number; lastAt: Date | null; eligibility: DunningEligibility }>
  quiet: { sentAt: Date; quietUntil: Date; followUpDue: Date; active: boolean } | null
  lawyerDeadline: { issuedAt: Date; due: Date; passed: boolean } | null
  lettersSent: number
}

export function ladderView(
  input: { steps: readonly LadderStep[]; monthsOverdue: number; now: Date; openComplaints: number; openRepairs: number },
  settings: Settings,
): LadderView {
  const history = historyOf(input.steps)
  const past = input.steps.filter((s) => s.at.getTime() <= input.now.getTime())
  const lastOf = (k: StepKind) => past.filter((s) => s.kind === k).reduce<Date | null>((m, s) => (m === null || s.at > m ? s.at : m), null)
  const steps = STEP_KINDS.map((kind) => ({
    kind,
    number: STEP_NUMBER[kind],
    done: past.filter((s) => s.kind === kind).length,
    lastAt: lastOf(kind),
    eligibility: dunningStepEligibility(
      { step: STEP_NUMBER[kind], history, monthsOverdue: input.monthsOverdue, now: input.now, openComplaints: input.openComplaints, openRepairs: input.openRepairs },
      settings,
    ),
  }))
  const lastLetter = lastOf('letter')
  const lastLawyer = lastOf('lawyerLetter')
  let quiet: LadderView['quiet'] = null
  if (lastLetter) {
    const f = dunningLetterFollowUp({ sentAt: lastLetter }, settings)
    quiet = { sentAt: lastLetter, quietUntil: f.quietUntil, followUpDue: f.followUpDue, active: input.now.getTime() <= f.quietUntil.getTime() }
  }
  let lawyerDeadline: LadderView['lawyerDeadline'] = null
  if (lastLawyer) {
    const d = lawyerLetterPaymentDeadline({ issuedAt: lastLawyer }, settings)
    lawyerDeadline = { issuedAt: lastLawyer, due: d.due, passed: input.now.getTime() > d.due.getTime() }
  }
  return { steps, quiet, lawyerDeadline, lettersSent: past.filter((s) => s.kind === 'letter').length }
}
