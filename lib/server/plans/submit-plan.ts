// The owner submits a draft or returned plan for approval (V3); the supervisors are notified. The center
// manager's own plan (V4) has nobody above it in the center: submitting it confirms (approves) it.
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { planStepSchema } from '@/lib/validation/plan'
import { assertEditable, mutatePlan } from './mutate-plan'
import { notifySupervisors } from './notify-plan'

export async function submitPlan({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }) {
  const v = parseInput(planStepSchema, input)
  return mutatePlan({
    actor,
    id,
    version: v.version,
    now,
    action: 'submit',
    authorize: (p) => assertEditable(actor, p),
    change: async (tx, p) => {
      if ((await tx.visitPlanItem.count({ where: { planId: p.id } })) === 0) throw new AppError('INVALID', '计划里还没有走访，不能提交')
      if (p.housekeeper.role === 'centerManager') {
        return {
          data: { status: 'approved', reviewerId: actor.id, reviewedAt: now, reviewNote: v.note ?? null },
          revision: { status: 'approved', note: v.note ?? '中心经理自定计划（V4），确认即生效' },
        }
      }
      return { data: { status: 'submitted' }, revision: { status: 'submitted', note: v.note } }
    },
    after: async (tx, before, after) => {
      if (after.status === 'submitted') await notifySupervisors(tx, { planId: before.id, ownerName: before.housekeeper.name, period: before.period, periodKey: before.periodKey, kind: 'planSubmitted', note: v.note })
    },
  })
}
