// The housekeeper takes an item out of a draft or returned plan (the page asks to confirm first).
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { removePlanItemSchema } from '@/lib/validation/plan'
import { assertMonthPlan } from './item-checks'
import { assertEditable, mutatePlan } from './mutate-plan'

export async function removePlanItem({ actor, planId, input, now = new Date() }: { actor: Actor; planId: string; input: unknown; now?: Date }) {
  const v = parseInput(removePlanItemSchema, input)
  return mutatePlan({
    actor,
    id: planId,
    version: v.version,
    now,
    action: 'removeItem',
    authorize: (p) => {
      assertEditable(actor, p)
      assertMonthPlan(p)
    },
    change: async (tx, p) => {
      const before = await tx.visitPlanItem.findFirst({
        where: { id: v.itemId, planId: p.id },
        select: { id: true, householdId: true, target: true, plannedDate: true, kind: true, purpose: true, rule: true, household: { select: { roomNo: true } }, visit: { select: { id: true } } },
      })
      if (!before) throw new AppError('NOT_FOUND')
      if (before.visit) throw new AppError('INVALID', '该计划项已记录走访，不能删除')
      await tx.visitPlanItem.delete({ where: { id: before.id } })
      return { audit: { entity: 'VisitPlanItem', entityId: before.id, before: { planId: p.id, ...before } } }
    },
  })
}
