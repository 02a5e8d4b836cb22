// The registry list: search by room number, name or phone, filters, one page at a time — only what the actor may see.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope, seesWholeCenter } from '@/lib/server/scope/households'
import { householdSearchWhere } from '@/lib/server/households/search-households'

export const HOUSEHOLDS_PAGE_SIZE = 20

export type HouseholdListFilter = { q?: string; occupancy?: 'occupied' | 'notMovedIn'; keyAttention?: '1'; building?: string; area?: string }

export async function listHouseholds({ actor, filter, page = 1 }: { actor: Actor; filter: HouseholdListFilter; page?: number }) {
  const scope = householdScope(actor)
  const where = {
    AND: [
      scope,
      householdSearchWhere(filter.q ?? ''),
      filter.occupancy ? { occupancy: filter.occupancy } : {},
      filter.keyAttention ? { keyAttention: true } : {},
      filter.building ? { building: { number: filter.building } } : {},
      filter.area ? { building: { areaId: filter.area } } : {},
    ],
  }
  const buildingScope = seesWholeCenter(actor) ? {} : { areaId: { in: [...actor.areaIds] } }
  const [total, rows, buildings, areas] = await Promise.all([
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
      where: { AND: [buildingScope, filter.area ? { areaId: filter.area } : {}] },
      select: { number: true, name: true },
    }),
    db.area.findMany({ where: { buildings: { some: buildingScope } }, orderBy: { code: 'asc' }, select: { id: true, name: true } }),
  ])
  return { total, rows, areas, buildings: buildings.sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true })) }
}
