// The housekeeper adds a household of their own areas to a draft or returned plan (one item per household
// and purpose: a second item only for a different §3.3 purpose).
import type { Actor } from '@/lib/auth/actor'
import { AppError, isAppError } from '@/lib/errors'
import type { Settings } from '@/lib/rules'
import { parseInput } from '@/lib/server/action'
import { requireHousehold } from '@/lib/server/households/require-household'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { addPlanItemSchema } from '@/lib/validation/plan'
import { assertItemDate, assertMonthPlan } from './item-checks'
import { assertEditable, mutatePlan } from './mutate-plan'

export async function addPlanItem({ actor, planId, input, now = new Date(), settings }: { actor: Actor; planId: string; input: unknown; now?: Date; settings?: Settings }) {
  const v = parseInput(addPlanItemSchema, input)
  const s = settings ?? (await loadSettings())
  let itemId = ''
  const plan = await mutatePlan({
    actor,
    id: planId,
    version: v.version,
    now,
    action: 'addItem',
    authorize: (p) => {
      assertEditable(actor, p)
      assertMonthPlan(p)
    },
    change: async (tx, p) => {
      assertItemDate(p, v.plannedDate, v.kind, now, s)
      const h = await requireHousehold(actor, v.householdId, tx).catch((e) => {
        if (isAppError(e) && e.code === 'NOT_FOUND') throw new AppError('INVALID', undefined, { householdId: ['找不到该住户，或不在您负责的片区'] })
        throw e
      })
      const dup = await tx.visitPlanItem.findFirst({ where: { planId: p.id, householdId: h.id, purpose: v.purpose }, select: { plannedDate: true } })
      if (dup) throw new AppError('INVALID', undefined, { householdId: [`${h.roomNo} 已在计划中（${dup.plannedDate}）`] })
      const item = await tx.visitPlanItem.create({
        data: { planId: p.id, householdId: h.id, plannedDate: v.plannedDate, kind: v.kind, purpose: v.purpose, rule: null },
        select: { id: true, householdId: true, plannedDate: true, kind: true, purpose: true },
      })
      itemId = item.id
      return { audit: { entity: 'VisitPlanItem', entityId: item.id, after: { planId: p.id, roomNo: h.roomNo, ...item } } }
    },
  })
  return { plan, itemId }
}
