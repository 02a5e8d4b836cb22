// Who may do what with fees (docs/decisions/0007). Seeing is limited in the query (householdScope); front desk and
// technicians have no access at all (403), not an empty list.
import type { Actor } from '@/lib/auth/actor'
import type { Role } from '@/lib/auth/roles'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { householdScope } from '@/lib/server/scope/households'

export const FEE_READERS: Role[] = ['housekeeper', 'supervisor', 'centerManager', 'admin']
/** Reminders, personal follow-ups, promises, letters, alternative contacts. */
export const DUNNING_LOGGERS: Role[] = ['housekeeper', 'supervisor', 'centerManager']
/** F7: confirm a letter for a household with an open complaint or repair. */
export const LETTER_CONFIRMERS: Role[] = ['supervisor', 'centerManager']
/** F3: compile the month's list, reassign, classify. */
export const CASE_MANAGERS: Role[] = ['supervisor', 'centerManager']
/** F4: waive a bill's late fee. */
export const LATE_FEE_WAIVERS: Role[] = ['supervisor', 'centerManager']
/** F1: import bills and payments, record a payment by hand. */
export const FEE_IMPORTERS: Role[] = ['admin', 'supervisor']
export const PAYMENT_RECORDERS: Role[] = ['admin', 'supervisor']

export function can(actor: Pick<Actor, 'role'>, roles: readonly Role[]) {
  return roles.includes(actor.role)
}

export function assertCan(actor: Pick<Actor, 'role'>, roles: readonly Role[], message?: string) {
  if (!roles.includes(actor.role)) throw new AppError('FORBIDDEN', message)
}

/** A Household `where` for fee queries: FORBIDDEN for roles without fee access, the area scope for the others. */
export function feeHouseholdScope(actor: Actor) {
  assertCan(actor, FEE_READERS)
  return householdScope(actor)
}

/** The household a fee operation works on, inside the actor's scope (else NOT_FOUND). */
export async function requireFeeHousehold(actor: Actor, householdId: string, client: Tx = db) {
  const h = await client.household.findFirst({
    where: { AND: [{ id: householdId }, feeHouseholdScope(actor)] },
    select: { id: true, roomNo: true, building: { select: { areaId: true } } },
  })
  if (!h) throw new AppError('NOT_FOUND')
  return h
}
