// Who may see and change a complaint. Seeing is checked in the query (scope); changing per role and ownership.
import type { Actor } from '@/lib/auth/actor'
import type { Role } from '@/lib/auth/roles'
import { AppError } from '@/lib/errors'
import { householdScope } from '@/lib/server/scope/households'

export const COMPLAINT_READERS: Role[] = ['housekeeper', 'supervisor', 'centerManager', 'frontDesk', 'admin']
export const COMPLAINT_REGISTRARS: Role[] = ['housekeeper', 'supervisor', 'centerManager', 'frontDesk']
const MANAGERS: Role[] = ['supervisor', 'centerManager']

/** A Prisma `where` for Complaint limited to what the actor may see. */
export function complaintScope(actor: Actor) {
  if (!COMPLAINT_READERS.includes(actor.role)) return { id: { in: [] as string[] } }
  return { household: householdScope(actor) }
}

export function isManager(actor: Actor) {
  return MANAGERS.includes(actor.role)
}

/** Only the owner, supervisors and managers change a complaint (R3). */
export function assertCanChange(actor: Actor, c: { ownerId: string }) {
  if (c.ownerId === actor.id || isManager(actor)) return
  throw new AppError('FORBIDDEN', '只有投诉负责人、主管和经理可以修改这条投诉')
}

/** The callback visit may also be made by the housekeeper of the household's area (who can see it). */
export function assertCanCallBack(actor: Actor, c: { ownerId: string }) {
  if (c.ownerId === actor.id || isManager(actor) || actor.role === 'housekeeper') return
  throw new AppError('FORBIDDEN', '您不能登记这条投诉的回访')
}

export function assertCanCorrectFacts(actor: Actor) {
  if (!isManager(actor)) throw new AppError('FORBIDDEN', '只有主管和经理可以更正投诉事实')
}
