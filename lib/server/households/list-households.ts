// The registry list: search by room number, name or phone, filters, one page at a time — only what the actor may see.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'
import { householdSearchWhere } from '@/lib/server/households/search-households'

export const HOUSEHOLDS_PAGE_SIZE = 20

export type HouseholdListFilter = { q?: string; occupancy?: 'occupied' | 'notMovedIn'; keyAttention?: '1'; building?: string }

export async function listHouseholds({ actor, filter, page = 1 }: { actor: Actor; filter: HouseholdListFilter; page?: number }) {
  const scope = householdScope(actor)
  const where = {
    AND: [
      householdScope(actor),
      householdSearchWhere(filter.q ?? ''),
      filter.occupancy ? { occupancy: filter.occupancy } : {},
      filter.keyAttention ? { keyAttention: true } : {},
      filter.building ? { building: { number: filter.building } } : {},
    ],
  }
  const [total, rows, buildings] = await Promise.all([
    db.household.count({ where }),
    db.household.findMany({
      where,
      // Route order: building → unit → floor → room (docs/decisions/0003).
      orderBy: [{ building: { number: 'asc' } }, { unit: 'asc' }, { floor: 'asc' }, { room: 'asc' }],
      skip: (page - 1) * HOUSEHOLDS_PAGE_SIZE,
      take: HOUSEHOLDS_PAGE_SIZE,
      select: {
        id: true,
        roomNo: true,
        occupancy: true,
        keyAttention: true,
        moveInDate: true,
        residents: { select: { id: true, name: true, kind: true, phone: true }, orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], take: 3 },
      },
    }),
    db.building.findMany({
      where: 'building' in scope ? scope.building : {},
      select: { number: true, name: true },
    }),
  ])
  return { total, rows, buildings: buildings.sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true })) }
}
