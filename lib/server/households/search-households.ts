// Find a household fast by room number (3-2-1201), resident name or phone, within what the actor may see.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'

export type HouseholdHit = { id: string; roomNo: string; occupancy: string; residents: Array<{ name: string; phone: string | null; kind: string }> }

export function householdSearchWhere(q: string) {
  const s = q.trim()
  if (!s) return {}
  return {
    OR: [
      { roomNo: { startsWith: s } },
      { residents: { some: { name: { contains: s } } } },
      { residents: { some: { phone: { contains: s } } } },
    ],
  }
}

export async function searchHouseholds({ actor, q, take = 10 }: { actor: Actor; q: string; take?: number }): Promise<HouseholdHit[]> {
  const s = q.trim().slice(0, 40)
  if (s.length === 0) return []
  const rows = await db.household.findMany({
    where: { AND: [householdScope(actor), householdSearchWhere(s)] },
    orderBy: { roomNo: 'asc' },
    take: Math.min(take, 50),
    select: { id: true, roomNo: true, occupancy: true, residents: { select: { name: true, phone: true, kind: true }, orderBy: { isPrimary: 'desc' } } },
  })
  return rows
}
