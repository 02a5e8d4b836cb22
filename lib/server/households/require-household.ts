// The household an operation works on, looked up with the actor's scope in the query: outside it is NOT_FOUND.
import type { Actor } from '@/lib/auth/actor'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { householdScope } from '@/lib/server/scope/households'

export async function requireHousehold(actor: Actor, householdId: string, client: Tx = db) {
  const h = await client.household.findFirst({
    where: { AND: [{ id: householdId }, householdScope(actor)] },
    select: { id: true, roomNo: true, version: true, occupancy: true, moveInDate: true, building: { select: { areaId: true } } },
  })
  if (!h) throw new AppError('NOT_FOUND')
  return h
}

/** Roles that may change the registry itself (occupancy, residents). */
export const REGISTRY_EDITORS = ['admin', 'supervisor'] as const

export function canEditRegistry(actor: Actor) {
  return (REGISTRY_EDITORS as readonly string[]).includes(actor.role)
}

/** Roles that may write a household's profile (V7): its housekeeper, and the supervisor/admin for corrections. */
export const PROFILE_EDITORS = ['housekeeper', 'supervisor', 'admin'] as const

export function canEditProfile(actor: Actor) {
  return (PROFILE_EDITORS as readonly string[]).includes(actor.role)
}

/** Roles that log visits: housekeepers, their supervisor, and the center manager (V4 visits). */
export const VISIT_LOGGERS = ['housekeeper', 'supervisor', 'centerManager'] as const

export function canLogVisit(actor: Actor) {
  return (VISIT_LOGGERS as readonly string[]).includes(actor.role)
}
