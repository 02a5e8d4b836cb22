// The supervisor (or the center manager) approves a submitted plan, or returns it with a note (V3). Nobody
// reviews their own plan; the owner is notified either way.
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { planStepSchema, returnPlanSchema } from '@/lib/validation/plan'
import { canReviewPlans } from './access'
import { mutatePlan, type PlanRow } from './mutate-plan'
import { notifyOwner } from './notify-plan'

type Op = { actor: Actor; id: string; input: unknown; now?: Date }

function assertCanReview(actor: Actor, p: PlanRow) {
  if (p.housekeeperId === actor.id) throw new AppError('FORBIDDEN', '不能审批自己的计划')
  if (p.status !== 'submitted') throw new AppError('INVALID', '只有已提交的计划可以审批')
}

export async function approvePlan({ actor, id, input, now = new Date() }: Op) {
  if (!canReviewPlans(actor)) throw new AppError('FORBIDDEN')
  const v = parseInput(planStepSchema, input)
  return mutatePlan({
    actor,
    id,
    version: v.version,
    now,
    action: 'approve',
    authorize: (p) => assertCanReview(actor, p),
    change: () => ({
      data: { status: 'approved', reviewerId: actor.id, reviewedAt: now, reviewNote: v.note ?? null },
      revision: { status: 'approved', note: v.note },
    }),
    after: (tx, p) => notifyOwner(tx, { planId: p.id, ownerId: p.housekeeperId, reviewerName: actor.name, period: p.period, periodKey: p.periodKey, kind: 'planApproved', note: v.note }),
  })
}

export async function returnPlan({ actor, id, input, now = new Date() }: Op) {
  if (!canReviewPlans(actor)) throw new AppError('FORBIDDEN')
  const v = parseInput(returnPlanSchema, input)
  return mutatePlan({
    actor,
    id,
    version: v.version,
    now,
    action: 'return',
    authorize: (p) => assertCanReview(actor, p),
    change: () => ({
      data: { status: 'returned', reviewerId: actor.id, reviewedAt: now, reviewNote: v.note },
      revision: { status: 'returned', note: v.note },
    }),
    after: (tx, p) => notifyOwner(tx, { planId: p.id, ownerId: p.housekeeperId, reviewerName: actor.name, period: p.period, periodKey: p.periodKey, kind: 'planReturned', note: v.note }),
  })
}
