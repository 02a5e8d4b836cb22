// Who sees and changes which visit plans, inside the query: a housekeeper (or the center manager) their own
// plans; the supervisor and the center manager every plan, which they review. Everyone else: nothing.
import type { Actor } from '@/lib/auth/actor'
import type { Role } from '@/lib/auth/roles'
import { AppError } from '@/lib/errors'

/** Roles that open /plans at all. */
export const PLAN_READERS = ['housekeeper', 'supervisor', 'centerManager'] as const satisfies readonly Role[]
/** Roles that approve or return a submitted plan (V3). */
export const PLAN_REVIEWERS = ['supervisor', 'centerManager'] as const satisfies readonly Role[]
/** Roles that make their own plans: housekeepers (V3) and the center manager (V4). */
export const PLAN_OWNERS = ['housekeeper', 'centerManager'] as const satisfies readonly Role[]

export function canReviewPlans(actor: Actor) {
  return (PLAN_REVIEWERS as readonly string[]).includes(actor.role)
}

export function ownsPlans(actor: Actor) {
  return (PLAN_OWNERS as readonly string[]).includes(actor.role)
}

/** A Prisma `where` for VisitPlan limited to what the actor may see (never an undefined filter). */
export function planScope(actor: Actor) {
  if (canReviewPlans(actor)) return {}
  if (actor.role === 'housekeeper') return { housekeeperId: actor.id }
  // Front desk, technicians and admins see no plans: an id that matches nothing.
  return { id: '__none__' }
}

export function assertReadsPlans(actor: Actor) {
  if (!(PLAN_READERS as readonly string[]).includes(actor.role)) throw new AppError('FORBIDDEN')
}
