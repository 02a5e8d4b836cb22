// The signed-in person, loaded fresh from the database on every request (a deactivated account stops at once).
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { forbidden, redirect } from 'next/navigation'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { authOptions } from './options'
import type { Role } from './roles'

export type Actor = {
  id: string
  username: string
  name: string
  role: Role
  areaIds: string[]
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions)
  const id = (session?.user as { id?: string } | undefined)?.id
  if (typeof id !== 'string' || id.length === 0) return null
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, username: true, name: true, role: true, active: true, areas: { select: { areaId: true } } },
  })
  if (!user || !user.active) return null
  return { id: user.id, username: user.username, name: user.name, role: user.role, areaIds: user.areas.map((a) => a.areaId) }
})

/** For pages: redirect to the sign-in page when nobody is signed in. */
export async function requireUser(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/login')
  return actor
}

/** For pages: the 403 page when the role is not allowed. */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireUser()
  if (!roles.includes(actor.role)) forbidden()
  return actor
}

/** For server actions and route handlers: typed errors instead of redirects. */
export async function requireActor(...roles: Role[]): Promise<Actor> {
  const actor = await getActor()
  if (!actor) throw new AppError('UNAUTHENTICATED')
  if (roles.length > 0 && !roles.includes(actor.role)) throw new AppError('FORBIDDEN')
  return actor
}
