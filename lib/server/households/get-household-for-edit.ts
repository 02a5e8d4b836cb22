// The edit page's data (admin/supervisor): the household's own fields and its residents, with versions.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { householdScope } from '@/lib/server/scope/households'
import { canEditRegistry } from './require-household'

export async function getHouseholdForEdit({ actor, id }: { actor: Actor; id: string }) {
  if (!canEditRegistry(actor)) throw new AppError('FORBIDDEN')
  const h = await db.household.findFirst({
    where: { AND: [{ id }, householdScope(actor)] },
    select: {
      id: true,
      roomNo: true,
      occupancy: true,
      moveInDate: true,
      keyAttention: true,
      note: true,
      version: true,
      residents: {
        orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }],
        select: { id: true, name: true, kind: true, phone: true, phone2: true, isPrimary: true, note: true, version: true },
      },
    },
  })
  if (!h) throw new AppError('NOT_FOUND')
  return h
}
