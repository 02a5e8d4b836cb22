// The housekeeper moves an item to another day of the month or changes home ↔ phone (draft or returned plan).
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import type { Settings } from '@/lib/rules'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { updatePlanItemSchema } from '@/lib/validation/plan'
import { assertItemDate, assertMonthPlan } from './item-checks'
import { assertEditable, mutatePlan } from './mutate-plan'

export async function updatePlanItem({ actor, planId, input, now = new Date(), settings }: { actor: Actor; planId: string; input: unknown; now?: Date; settings?: Settings }) {
  const v = parseInput(updatePlanItemSchema, input)
  const s = settings ?? (await loadSettings())
  return mutatePlan({
    actor,
    id: planId,
    version: v.version,
    now,
    action: 'updateItem',
    authorize: (p) => {
      assertEditable(actor, p)
      assertMonthPlan(p)
    },
    change: async (tx, p) => {
      const before = await tx.visitPlanItem.findFirst({ where: { id: v.itemId, planId: p.id }, select: { id: true, plannedDate: true, kind: true } })
      if (!before) throw new AppError('NOT_FOUND')
      assertItemDate(p, v.plannedDate, v.kind, now, s)
      await tx.visitPlanItem.update({ where: { id: before.id }, data: { plannedDate: v.plannedDate, kind: v.kind } })
      return { audit: { entity: 'VisitPlanItem', entityId: before.id, before, after: { ...before, plannedDate: v.plannedDate, kind: v.kind } } }
    },
  })
}
