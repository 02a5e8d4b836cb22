// What the import would change, compared with the database. Idempotent by room number: an existing home is updated
// only where a stated value differs; residents are matched by name within the home and never deleted.
import type { HeaderNames } from './columns'
import type { KnownPlaces } from './check-places'
import type { ImportCounts, MergedHousehold, Occupancy, ResidentKind } from './types'

export type HouseholdFields = { occupancy: Occupancy; areaM2: number | null; moveInDate: string | null; keyAttention: boolean; note: string | null }
export type ResidentFields = { kind: ResidentKind; phone: string | null }

export type ExistingHousehold = HouseholdFields & {
  id: string
  version: number
  residents: Array<ResidentFields & { id: string; version: number; name: string }>
}

export type NewResident = ResidentFields & { name: string; isPrimary: boolean }

export type ImportPlan = {
  newBuildings: Array<{ number: string; areaId: string; areaCode: string }>
  /** `buildingId` is undefined for a building this import creates. */
  createHouseholds: Array<HouseholdFields & { roomNo: string; building: string; buildingId?: string; unit: number; floor: number; room: string; residents: NewResident[] }>
  updateHouseholds: Array<{ id: string; version: number; roomNo: string; before: Partial<HouseholdFields>; after: Partial<HouseholdFields> }>
  createResidents: Array<NewResident & { householdId: string; roomNo: string }>
  updateResidents: Array<{ id: string; version: number; roomNo: string; name: string; before: Partial<ResidentFields>; after: Partial<ResidentFields> }>
  unchanged: number
}

function changed<T extends object>(before: T, after: T) {
  const b: Partial<T> = {}
  const a: Partial<T> = {}
  for (const k of Object.keys(after) as Array<keyof T>) {
    if (before[k] !== after[k]) {
      b[k] = before[k]
      a[k] = after[k]
    }
  }
  return Object.keys(a).length > 0 ? { before: b, after: a } : undefined
}

export function diffHouseholds(households: MergedHousehold[], existing: Map<string, ExistingHousehold>, places: KnownPlaces, headers: HeaderNames): ImportPlan {
  const plan: ImportPlan = { newBuildings: [], createHouseholds: [], updateHouseholds: [], createResidents: [], updateResidents: [], unchanged: 0 }
  const hasKeyAttentionColumn = headers.keyAttention !== undefined
  const planned = new Set<string>()
  for (const h of households) {
    if (!places.buildings.has(h.building) && !planned.has(h.building)) {
      planned.add(h.building)
      plan.newBuildings.push({ number: h.building, areaId: places.areas.get(h.areaCode)!, areaCode: h.areaCode })
    }
    const old = existing.get(h.roomNo)
    if (!old) {
      plan.createHouseholds.push({
        roomNo: h.roomNo,
        building: h.building,
        buildingId: places.buildings.get(h.building)?.id,
        unit: h.unit,
        floor: h.floor,
        room: h.room,
        occupancy: h.occupancy,
        areaM2: h.areaM2 ?? null,
        moveInDate: h.occupancy === 'occupied' ? (h.moveInDate ?? null) : null,
        keyAttention: h.keyAttention ?? false,
        note: h.note ?? null,
        residents: h.residents.map((r, i) => ({ name: r.name, kind: r.kind ?? 'owner', phone: r.phone ?? null, isPrimary: i === 0 })),
      })
      continue
    }
    let touched = false
    const target: HouseholdFields = {
      occupancy: h.occupancy,
      areaM2: h.areaM2 ?? old.areaM2,
      moveInDate: h.occupancy === 'notMovedIn' ? null : (h.moveInDate ?? old.moveInDate),
      // 重点关注: an empty cell means 否, but a file without the column leaves the flag alone.
      keyAttention: h.keyAttention ?? (hasKeyAttentionColumn ? false : old.keyAttention),
      note: h.note ?? old.note,
    }
    const fields = changed<HouseholdFields>({ occupancy: old.occupancy, areaM2: old.areaM2, moveInDate: old.moveInDate, keyAttention: old.keyAttention, note: old.note }, target)
    if (fields) {
      touched = true
      plan.updateHouseholds.push({ id: old.id, version: old.version, roomNo: h.roomNo, ...fields })
    }
    let primaryTaken = old.residents.length > 0
    for (const r of h.residents) {
      const match = old.residents.find((x) => x.name === r.name)
      if (!match) {
        touched = true
        plan.createResidents.push({ householdId: old.id, roomNo: h.roomNo, name: r.name, kind: r.kind ?? 'owner', phone: r.phone ?? null, isPrimary: !primaryTaken })
        primaryTaken = true
        continue
      }
      const diff = changed<ResidentFields>({ kind: match.kind, phone: match.phone }, { kind: r.kind ?? match.kind, phone: r.phone ?? match.phone })
      if (diff) {
        touched = true
        plan.updateResidents.push({ id: match.id, version: match.version, roomNo: h.roomNo, name: match.name, ...diff })
      }
    }
    if (!touched) plan.unchanged++
  }
  return plan
}

export function countPlan(plan: ImportPlan, rows: number, badRows: number): ImportCounts {
  const updatedHomes = new Set([...plan.updateHouseholds.map((u) => u.roomNo), ...plan.createResidents.map((r) => r.roomNo), ...plan.updateResidents.map((r) => r.roomNo)])
  return {
    rows,
    goodRows: rows - badRows,
    badRows,
    households: plan.createHouseholds.length + updatedHomes.size + plan.unchanged,
    householdsToCreate: plan.createHouseholds.length,
    householdsToUpdate: updatedHomes.size,
    householdsUnchanged: plan.unchanged,
    residentsToAdd: plan.createHouseholds.reduce((n, h) => n + h.residents.length, 0) + plan.createResidents.length,
    residentsToUpdate: plan.updateResidents.length,
    buildingsToCreate: plan.newBuildings.length,
  }
}
