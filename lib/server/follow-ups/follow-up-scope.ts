// Who sees which follow-ups, inside the query: supervisors, the center manager and admins see all;
// housekeepers those of their areas' households and those routed to them; other staff those routed
// to them or to their department.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'

export const FOLLOW_UP_OVERSEERS = ['supervisor', 'centerManager', 'admin'] as const

export function overseesFollowUps(actor: Actor) {
  return (FOLLOW_UP_OVERSEERS as readonly string[]).includes(actor.role)
}

export async function actorDepartment(actor: Actor): Promise<string | null> {
  const u = await db.user.findUnique({ where: { id: actor.id }, select: { department: true } })
  return u?.department ?? null
}

/** A Prisma `where` for FollowUp limited to what the actor may see (never an undefined filter). */
export function followUpScope(actor: Actor, department: string | null) {
  if (overseesFollowUps(actor)) return {}
  const or: object[] = [{ assigneeId: actor.id }]
  if (actor.role === 'housekeeper') or.push({ household: householdScope(actor) })
  if (department) or.push({ department })
  return { OR: or }
}
