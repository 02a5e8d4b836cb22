// Authorization inside the query: a housekeeper's lists only ever contain households of their own areas.
import type { Actor } from '@/lib/auth/actor'
import { CENTER_WIDE_ROLES } from '@/lib/auth/roles'

export function seesWholeCenter(actor: Actor) {
  return CENTER_WIDE_ROLES.includes(actor.role)
}

/** A Prisma `where` for Household limited to what the actor may see. */
export function householdScope(actor: Actor) {
  if (seesWholeCenter(actor)) return {}
  // An empty list matches nothing (never undefined, which Prisma would drop).
  return { building: { areaId: { in: [...actor.areaIds] } } }
}
