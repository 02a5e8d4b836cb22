// Areas, buildings and ~800 households with residents: 8 buildings × 2 units × 25 floors × 2 rooms.
import type { Faker } from '@faker-js/faker'
import type { Db } from '../../lib/db/client'

export const AREAS = [
  { code: 'A', name: '一片区', buildings: ['1', '2'] },
  { code: 'B', name: '二片区', buildings: ['3', '4'] },
  { code: 'C', name: '三片区', buildings: ['5'] },
  { code: 'D', name: '四片区', buildings: ['6'] },
  { code: 'E', name: '五片区', buildings: ['7', '8'] },
]
const UNITS = 2
const FLOORS = 25
const ROOMS = 2

function phone(f: Faker) {
  return `1${f.helpers.arrayElement(['3', '5', '7', '8', '9'])}${f.string.numeric(9)}`
}

function localDateDaysAgo(now: Date, days: number) {
  const d = new Date(now.getTime() - days * 86_400_000 + 8 * 3_600_000)
  return d.toISOString().slice(0, 10)
}

export async function seedPlaces(db: Db, f: Faker, now: Date) {
  const areaIds: Record<string, string> = {}
  for (const a of AREAS) {
    const area = await db.area.create({ data: { code: a.code, name: a.name } })
    areaIds[a.code] = area.id
    for (const b of a.buildings) {
      const building = await db.building.create({ data: { number: b, name: `${b}号楼`, areaId: area.id } })
      const households = []
      for (let unit = 1; unit <= UNITS; unit++)
        for (let floor = 1; floor <= FLOORS; floor++)
          for (let r = 1; r <= ROOMS; r++) {
            const room = `${floor}${String(r).padStart(2, '0')}`
            const notMovedIn = f.number.float() < 0.12
            // A few recent move-ins, so the §3.3 welcome and 3-month visits show up.
            const recent = !notMovedIn && f.number.float() < 0.02
            households.push({
              id: f.string.alphanumeric(24),
              roomNo: `${b}-${unit}-${room}`,
              buildingId: building.id,
              unit,
              floor,
              room,
              areaM2: f.number.int({ min: 68, max: 168 }),
              occupancy: notMovedIn ? ('notMovedIn' as const) : ('occupied' as const),
              moveInDate: notMovedIn ? null : localDateDaysAgo(now, recent ? f.number.int({ min: 1, max: 100 }) : f.number.int({ min: 200, max: 3000 })),
              keyAttention: f.number.float() < 0.03,
            })
          }
      await db.household.createMany({ data: households })
      const residents = households.flatMap((h) => {
        const owner = f.person.lastName() + f.person.firstName()
        const list: Array<{ householdId: string; name: string; kind: 'owner' | 'tenant' | 'family'; phone: string; isPrimary: boolean }> = [{ householdId: h.id, name: owner, kind: 'owner', phone: phone(f), isPrimary: true }]
        if (h.occupancy === 'occupied' && f.number.float() < 0.35) list.push({ householdId: h.id, name: f.person.lastName() + f.person.firstName(), kind: 'family' as const, phone: phone(f), isPrimary: false })
        if (h.occupancy === 'occupied' && f.number.float() < 0.1) list.push({ householdId: h.id, name: f.person.lastName() + f.person.firstName(), kind: 'tenant' as const, phone: phone(f), isPrimary: false })
        return list
      })
      await db.resident.createMany({ data: residents })
    }
  }
  return areaIds
}
