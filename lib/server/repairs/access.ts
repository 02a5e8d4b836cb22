// Who may see and change a repair. Seeing is checked in the query (scope); changing per role and assignment.
import type { Actor } from '@/lib/auth/actor'
import type { Role } from '@/lib/auth/roles'
import { AppError } from '@/lib/errors'
import { householdScope } from '@/lib/server/scope/households'

/** Everyone reads repairs; housekeepers only those of their areas (householdScope); admin read-only. */
export const REPAIR_READERS: Role[] = ['housekeeper', 'supervisor', 'centerManager', 'frontDesk', 'technician', 'admin']
export const REPAIR_REGISTRARS: Role[] = ['frontDesk', 'housekeeper', 'supervisor']
export const REPAIR_DISPATCHERS: Role[] = ['frontDesk', 'supervisor']
/** The callback checks the technician's work, so the technician does not record it (004 维修的回访). */
export const CALLBACK_RECORDERS: Role[] = ['frontDesk', 'supervisor', 'centerManager', 'housekeeper']

/** A Prisma `where` for Repair limited to what the actor may see. */
export function repairScope(actor: Actor) {
  if (!REPAIR_READERS.includes(actor.role)) return { id: { in: [] as string[] } }
  return { household: householdScope(actor) }
}

export const canRegister = (actor: Actor) => REPAIR_REGISTRARS.includes(actor.role)
export const canDispatch = (actor: Actor) => REPAIR_DISPATCHERS.includes(actor.role)
export const canRecordCallback = (actor: Actor) => CALLBACK_RECORDERS.includes(actor.role)
export const isAssignedTechnician = (actor: Actor, r: { assigneeId: string | null }) => actor.role === 'technician' && r.assigneeId === actor.id

export function assertCanRegister(actor: Actor) {
  if (!canRegister(actor)) throw new AppError('FORBIDDEN', '您的角色不能登记报修')
}

export function assertCanDispatch(actor: Actor) {
  if (!canDispatch(actor)) throw new AppError('FORBIDDEN', '只有前台和主管可以派工')
}

/** Start and complete: only the technician the repair is assigned to. */
export function assertAssignedTechnician(actor: Actor, r: { assigneeId: string | null }) {
  if (!isAssignedTechnician(actor, r)) throw new AppError('FORBIDDEN', '只有被派工的维修人员可以处理这张维修单')
}

export function assertCanRecordCallback(actor: Actor) {
  if (!canRecordCallback(actor)) throw new AppError('FORBIDDEN', '您的角色不能登记维修回访')
}
