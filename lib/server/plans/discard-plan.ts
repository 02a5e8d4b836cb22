// The owner deletes a plan that was never approved (a draft or returned plan), e.g. to generate it again after
// the registry changed. A plan approved once keeps its history (it is reopened instead). The audit row keeps
// what was deleted.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { planStepSchema } from '@/lib/validation/plan'
import { assertEditable, loadPlanRow } from './mutate-plan'
import { planSnapshot } from './snapshot'

export async function discardPlan({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }) {
  const v = parseInput(planStepSchema, input)
  return db.$transaction(async (tx) => {
    const p = await loadPlanRow(tx, actor, id)
    if (!p) throw new AppError('NOT_FOUND')
    assertEditable(actor, p)
    if (p.version !== v.version) throw new AppError('CONFLICT')
    if ((await tx.visitPlanRevision.count({ where: { planId: p.id, status: 'approved' } })) > 0) {
      throw new AppError('INVALID', '批准过的计划不能删除：请修改后重新提交审批')
    }
    const snapshot = await planSnapshot(tx, p.id)
    const res = await tx.visitPlan.deleteMany({ where: { id: p.id, version: v.version } })
    assertUpdated(res.count)
    await audit(tx, { actorId: actor.id, entity: 'VisitPlan', entityId: p.id, action: 'discard', before: { ...p, items: snapshot.count }, at: now })
    return { id: p.id }
  })
}
