// What the database already holds for the file's areas, buildings and room numbers (chunked IN lists).
import type { Tx } from '@/lib/db'
import type { KnownPlaces } from './check-places'
import type { ExistingHousehold } from './diff-households'

const CHUNK = 500

export function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

export async function loadPlaces(tx: Tx, areaCodes: string[], buildingNumbers: string[]): Promise<KnownPlaces> {
  const areas = new Map<string, string>()
  const buildings: KnownPlaces['buildings'] = new Map()
  for (const part of chunks([...new Set(areaCodes)])) {
    for (const a of await tx.area.findMany({ where: { code: { in: part } }, select: { id: true, code: true } })) areas.set(a.code, a.id)
  }
  for (const part of chunks([...new Set(buildingNumbers)])) {
    const rows = await tx.building.findMany({ where: { number: { in: part } }, select: { id: true, number: true, area: { select: { code: true } } } })
    for (const b of rows) buildings.set(b.number, { id: b.id, areaCode: b.area.code })
  }
  return { areas, buildings }
}

export async function loadHouseholds(tx: Tx, roomNos: string[]): Promise<Map<string, ExistingHousehold>> {
  const out = new Map<string, ExistingHousehold>()
  for (const part of chunks(roomNos)) {
    const rows = await tx.household.findMany({
      where: { roomNo: { in: part } },
      select: {
        id: true,
        roomNo: true,
        version: true,
        occupancy: true,
        areaM2: true,
        moveInDate: true,
        keyAttention: true,
        note: true,
        residents: { select: { id: true, version: true, name: true, kind: true, phone: true }, orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }] },
      },
    })
    for (const { roomNo, ...h } of rows) out.set(roomNo, h)
  }
  return out
}
