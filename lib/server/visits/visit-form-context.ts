// What the visit form needs: the household (in scope), its residents to choose "who was met", the people
// and departments to route follow-ups to, and an approved planned visit when the visit comes from the plan.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { canLogVisit, requireHousehold } from '@/lib/server/households/require-household'
import { listAssignees } from '@/lib/server/follow-ups/list-assignees'

export async function visitFormContext({ actor, householdId, planItemId }: { actor: Actor; householdId: string; planItemId?: string }) {
  if (!canLogVisit(actor)) throw new AppError('FORBIDDEN')
  const h = await requireHousehold(actor, householdId)
  const [residents, assignees, planItem] = await Promise.all([
    db.resident.findMany({ where: { householdId: h.id }, orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], select: { id: true, name: true, kind: true, phone: true } }),
    listAssignees(),
    planItemId
      ? db.visitPlanItem.findFirst({ where: { id: planItemId, householdId: h.id, plan: { housekeeperId: actor.id }, visit: null }, select: { id: true, kind: true, purpose: true, plannedDate: true } })
      : null,
  ])
  return { household: h, residents, assignees, planItem }
}
