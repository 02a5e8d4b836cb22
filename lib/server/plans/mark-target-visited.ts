// V4 institutional visits (committee chair, community office, housing bureau) have no household, so no Visit
// record: the center manager records the visit on the plan item. It is kept as an audit row of the item
// (action 'targetVisited'), which the plan's progress reads (docs/decisions/0005-visit-plans.md).
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { markTargetVisitedSchema } from '@/lib/validation/plan'
import { mutatePlan } from './mutate-plan'

export const TARGET_VISITED = 'targetVisited'

export async function markTargetVisited({ actor, planId, input, now = new Date(), settings }: { actor: Actor; planId: string; input: unknown; now?: Date; settings?: Settings }) {
  const v = parseInput(markTargetVisitedSchema, input)
  const s = settings ?? (await loadSettings())
  return mutatePlan({
    actor,
    id: planId,
    version: v.version,
    now,
    action: TARGET_VISITED,
    authorize: (p) => {
      if (p.housekeeperId !== actor.id) throw new AppError('FORBIDDEN')
      if (p.status !== 'approved') throw new AppError('INVALID', '计划批准（确认）后才能记录拜访')
    },
    change: async (tx, p) => {
      const item = await tx.visitPlanItem.findFirst({ where: { id: v.itemId, planId: p.id, target: { not: null }, householdId: null }, select: { id: true, target: true } })
      if (!item) throw new AppError('NOT_FOUND')
      if (yearMonthOf(v.visitedOn) !== p.periodKey) throw new AppError('INVALID', undefined, { visitedOn: [`拜访日期须在 ${p.periodKey} 月内`] })
      if (v.visitedOn > toLocalDate(now, s)) throw new AppError('INVALID', undefined, { visitedOn: ['拜访日期不能晚于今天'] })
      return { audit: { entity: 'VisitPlanItem', entityId: item.id, after: { planId: p.id, target: item.target, visitedOn: v.visitedOn, note: v.note ?? null } } }
    },
  })
}
