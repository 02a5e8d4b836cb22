import { describe, expect, it } from 'vitest'
import type { KnownPlaces } from './check-places'
import { countPlan, diffHouseholds, type ExistingHousehold } from './diff-households'
import type { MergedHousehold } from './types'

const places: KnownPlaces = { areas: new Map([['A', 'area-a']]), buildings: new Map([['3', { id: 'b3', areaCode: 'A' }]]) }
const home = (extra: Partial<MergedHousehold> = {}): MergedHousehold => ({ roomNo: '3-2-1201', areaCode: 'A', building: '3', unit: 2, floor: 12, room: '1201', occupancy: 'occupied', rows: [2], residents: [], ...extra })
const stored = (extra: Partial<ExistingHousehold> = {}): ExistingHousehold => ({ id: 'h1', version: 4, occupancy: 'occupied', areaM2: 98, moveInDate: '2020-05-01', keyAttention: false, note: null, residents: [{ id: 'r1', version: 1, name: '张三', kind: 'owner', phone: '13800000001' }], ...extra })
const ALL = { keyAttention: '重点关注' }

describe('diffHouseholds', () => {
  it('a new room number is created in a new building, its first resident primary, 身份 defaulting to 业主', () => {
    const plan = diffHouseholds([home({ building: '9', roomNo: '9-2-1201', residents: [{ row: 2, name: '王五' }, { row: 3, name: '赵六', kind: 'tenant' }] })], new Map(), places, ALL)
    expect(plan.newBuildings).toEqual([{ number: '9', areaId: 'area-a', areaCode: 'A' }])
    expect(plan.createHouseholds[0]).toMatchObject({ roomNo: '9-2-1201', buildingId: undefined, keyAttention: false, areaM2: null })
    expect(plan.createHouseholds[0]?.residents).toEqual([
      { name: '王五', kind: 'owner', phone: null, isPrimary: true },
      { name: '赵六', kind: 'tenant', phone: null, isPrimary: false },
    ])
    expect(countPlan(plan, 2, 0)).toMatchObject({ householdsToCreate: 1, residentsToAdd: 2, buildingsToCreate: 1 })
  })

  it('the same data as stored changes nothing', () => {
    const plan = diffHouseholds([home({ areaM2: 98, moveInDate: '2020-05-01', keyAttention: false, residents: [{ row: 2, name: '张三', kind: 'owner', phone: '13800000001' }] })], new Map([['3-2-1201', stored()]]), places, ALL)
    expect(plan).toMatchObject({ createHouseholds: [], updateHouseholds: [], createResidents: [], updateResidents: [], unchanged: 1 })
  })

  it('empty cells keep stored area, date, note and phone; an empty 重点关注 means 否', () => {
    const plan = diffHouseholds([home({ residents: [{ row: 2, name: '张三' }] })], new Map([['3-2-1201', stored({ note: '老人独居', keyAttention: true })]]), places, ALL)
    expect(plan.updateHouseholds).toEqual([{ id: 'h1', version: 4, roomNo: '3-2-1201', before: { keyAttention: true }, after: { keyAttention: false } }])
    expect(plan.updateResidents).toEqual([])
  })

  it('a file without the 重点关注 column leaves the flag alone', () => {
    const plan = diffHouseholds([home()], new Map([['3-2-1201', stored({ keyAttention: true, residents: [] })]]), places, {})
    expect(plan.updateHouseholds).toEqual([])
  })

  it('updates only what differs; 未入住 clears the move-in date', () => {
    const plan = diffHouseholds([home({ occupancy: 'notMovedIn', areaM2: 100 })], new Map([['3-2-1201', stored()]]), places, ALL)
    expect(plan.updateHouseholds[0]).toMatchObject({ before: { occupancy: 'occupied', areaM2: 98, moveInDate: '2020-05-01' }, after: { occupancy: 'notMovedIn', areaM2: 100, moveInDate: null } })
  })

  it('residents are matched by name: a new name is added (not primary), a known one gets its new phone; none is deleted', () => {
    const plan = diffHouseholds(
      [home({ residents: [{ row: 2, name: '张三', phone: '13900000009' }, { row: 3, name: '李四', kind: 'family' }] })],
      new Map([['3-2-1201', stored({ residents: [...stored().residents, { id: 'r2', version: 2, name: '钱七', kind: 'tenant', phone: null }] })]]),
      places,
      ALL,
    )
    expect(plan.createResidents).toEqual([{ householdId: 'h1', roomNo: '3-2-1201', name: '李四', kind: 'family', phone: null, isPrimary: false }])
    expect(plan.updateResidents).toEqual([{ id: 'r1', version: 1, roomNo: '3-2-1201', name: '张三', before: { phone: '13800000001' }, after: { phone: '13900000009' } }])
    expect(countPlan(plan, 2, 0)).toMatchObject({ householdsToUpdate: 1, householdsUnchanged: 0, residentsToAdd: 1, residentsToUpdate: 1 })
  })

  it('the first resident added to a stored home without residents becomes primary', () => {
    const plan = diffHouseholds([home({ residents: [{ row: 2, name: '王五' }] })], new Map([['3-2-1201', stored({ residents: [] })]]), places, ALL)
    expect(plan.createResidents[0]?.isPrimary).toBe(true)
  })
})
