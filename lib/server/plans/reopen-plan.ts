// "重新打开修改": the owner turns an approved plan back into a draft; it needs a new approval (recorded as a
// revision, and the supervisors are told). Until then My day no longer lists its visits.
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { planStepSchema } from '@/lib/validation/plan'
import { mutatePlan } from './mutate-plan'
import { notifySupervisors } from './notify-plan'

export async function reopenPlan({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }) {
  const v = parseInput(planStepSchema, input)
  return mutatePlan({
    actor,
    id,
    version: v.version,
    now,
    action: 'reopen',
    authorize: (p) => {
      if (p.housekeeperId !== actor.id) throw new AppError('FORBIDDEN')
      if (p.status !== 'approved') throw new AppError('INVALID', '只有已批准的计划需要重新打开')
    },
    change: () => ({ data: { status: 'draft' }, revision: { status: 'draft', note: v.note ?? '重新打开修改' } }),
    after: async (tx, p) => {
      if (p.housekeeper.role !== 'centerManager') await notifySupervisors(tx, { planId: p.id, ownerName: p.housekeeper.name, period: p.period, periodKey: p.periodKey, kind: 'planReopened', note: v.note })
    },
  })
}
