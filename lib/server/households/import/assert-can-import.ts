// Who may import and export the household registry: admin and supervisor (checked by every operation and route).
import type { Actor } from '@/lib/auth/actor'
import type { Role } from '@/lib/auth/roles'
import { AppError } from '@/lib/errors'

export const IMPORT_ROLES: Role[] = ['admin', 'supervisor']

export function assertCanImport(actor: Actor) {
  if (!IMPORT_ROLES.includes(actor.role)) throw new AppError('FORBIDDEN')
}
