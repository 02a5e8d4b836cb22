import type { Role } from '@/lib/db/generated/sqlite/enums'

export type { Role }
export const ROLES: Role[] = ['housekeeper', 'supervisor', 'centerManager', 'frontDesk', 'technician', 'admin']

/** Where each role lands after signing in. */
export const HOME_BY_ROLE: Record<Role, string> = {
  housekeeper: '/today',
  supervisor: '/supervisor',
  centerManager: '/manager',
  frontDesk: '/desk',
  technician: '/work-orders',
  admin: '/admin',
}

/** Roles that see every area (the others are limited to their assigned areas). */
export const CENTER_WIDE_ROLES: Role[] = ['supervisor', 'centerManager', 'frontDesk', 'technician', 'admin']
