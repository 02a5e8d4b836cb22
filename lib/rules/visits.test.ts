import { describe, expect, it } from 'vitest'
import {
  isFirstVisitDurationOk,
  managerPlanRequirements,
  naturalCompare,
  routeOrder,
  visitRequirements,
  type PlanHousehold,
} from './visits'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)
const hh = (id: string, over: Partial<PlanHousehold> = {}): PlanHousehold => ({
  id,
  occupancy: 'occupied',
  building: '1栋',
  unit: 1,
  floor: 1,
  room: '101',
  ...over,
})

describe('visitRequirements: V1 occupied households', () => {
  it('no visit this month → a visit due at the end of the month', () => {
    const r = visitRequirements({ month: '2026-03', households: [hh('a')], visits: [] })
    expect(r).toHaveLength(1)
    expect(r[0]).toMatchObject({ householdId: 'a', need: 'visit', rule: 'V1', due: end('2026-03-31') })
  })
  it('a phone visit or a home visit this month satisfies V1', () => {
    expect(visitRequirements({ month: '2026-03', households: [hh('a')], visits: [{ householdId: 'a', at: sh('2026-03-02T10:00:00'), kind: 'phone' }] })).toEqual([])
    expect(visitRequirements({ month: '2026-03', households: [hh('a')], visits: [{ householdId: 'a', at: sh('2026-03-31T20:00:00'), kind: 'home' }] })).toEqual([])
  })
  it('the month is the Shanghai month: 2026-02-28T16:30Z is already 1 March', () => {
    const visits = [{ householdId: 'a', at: new Date('2026-02-28T16:30:00Z'), kind: 'phone' as const }]
    expect(visitRequirements({ month: '2026-03', households: [hh('a')], visits })).toEqual([])
    expect(visitRequirements({ month: '2026-02', households: [hh('a')], visits })).toHaveLength(1)
  })
  it('a visit to another household does not count', () => {
    const r = visitRequirements({ month: '2026-03', households: [hh('a')], visits: [{ householdId: 'b', at: sh('2026-03-02T10:00:00'), kind: 'home' }] })
    expect(r).toHaveLength(1)
  })
  it('overdue is set only when now is given', () => {
    const r = visitRequirements({ month: '2026-03', households: [hh('a')], visits: [], now: sh('2026-04-01T00:00:00') })
    expect(r[0]?.overdue).toBe(true)
    expect(visitRequirements({ month: '2026-03', households: [hh('a')], visits: [] })[0]).not.toHaveProperty('overdue')
  })
})

describe('visitRequirements: V2 owners not moved in', () => {
  const owner = hh('n', { occupancy: 'notMovedIn' })
  it('no phone visit this quarter → phone visit due at the end of the quarter', () => {
    const r = visitRequirements({ month: '2026-02', households: [owner], visits: [] })
    expect(r[0]).toMatchObject({ need: 'phoneVisit', rule: 'V2', due: end('2026-03-31') })
  })
  it('a phone visit in an earlier month of the quarter satisfies it', () => {
    const visits = [{ householdId: 'n', at: sh('2026-01-20T10:00:00'), kind: 'phone' as const }]
    expect(visitRequirements({ month: '2026-03', households: [owner], visits })).toEqual([])
  })
  it('a phone visit in the previous quarter does not', () => {
    const visits = [{ householdId: 'n', at: sh('2026-03-31T20:00:00'), kind: 'phone' as const }]
    expect(visitRequirements({ month: '2026-04', households: [owner], visits })[0]).toMatchObject({ rule: 'V2', due: end('2026-06-30') })
  })
  it('only a phone visit counts for V2', () => {
    const visits = [{ householdId: 'n', at: sh('2026-02-20T10:00:00'), kind: 'home' as const }]
    expect(visitRequirements({ month: '2026-02', households: [owner], visits })).toHaveLength(1)
  })
})

describe('visitRequirements: move-in triggers', () => {
  it('3.3-1 welcome due this month leads the entry and also covers V1', () => {
    const r = visitRequirements({ month: '2026-03', households: [hh('a', { moveInDate: '2026-03-10' })], visits: [] })
    expect(r).toHaveLength(1)
    expect(r[0]).toMatchObject({ rule: '3.3-1', due: end('2026-03-13'), acceptedKinds: ['home'] })
    expect(r[0]?.alsoCovers.map((x) => x.rule)).toEqual(['V1'])
  })
  it('a welcome due early next month is listed in that month (move-in 03-30 → due 04-02)', () => {
    const h = hh('a', { moveInDate: '2026-03-30' })
    expect(visitRequirements({ month: '2026-04', households: [h], visits: [] })[0]).toMatchObject({ rule: '3.3-1', due: end('2026-04-02') })
  })
  it('a phone call does not count as the welcome visit, but settles V1', () => {
    const visits = [{ householdId: 'a', at: sh('2026-03-11T10:00:00'), kind: 'phone' as const }]
    const r = visitRequirements({ month: '2026-03', households: [hh('a', { moveInDate: '2026-03-10' })], visits })
    expect(r[0]).toMatchObject({ rule: '3.3-1', alsoCovers: [] })
  })
  it('3.3-2 three months after move-in, in the due week', () => {
    const h = hh('a', { moveInDate: '2026-01-15' }) // due Sunday 2026-04-19
    const r = visitRequirements({ month: '2026-04', households: [h], visits: [] })
    expect(r[0]).toMatchObject({ rule: '3.3-2', due: end('2026-04-19') })
    const visited = [{ householdId: 'a', at: sh('2026-04-13T10:00:00'), kind: 'phone' as const }]
    expect(visitRequirements({ month: '2026-04', households: [h], visits: visited })).toEqual([])
  })
  it('a household moving in after the month needs nothing that month', () => {
    expect(visitRequirements({ month: '2026-03', households: [hh('a', { moveInDate: '2026-05-01' })], visits: [] })).toEqual([])
  })
})

describe('routeOrder (V3)', () => {
  it('building → unit → floor → room with numbers compared as numbers', () => {
    const items = [
      { id: 1, building: '10栋', unit: 1, floor: 1, room: '101' },
      { id: 2, building: '2栋', unit: 2, floor: 1, room: '101' },
      { id: 3, building: '2栋', unit: 1, floor: 12, room: '1201' },
      { id: 4, building: '2栋', unit: 1, floor: 3, room: '302' },
      { id: 5, building: '2栋', unit: 1, floor: 3, room: '301' },
    ]
    expect(routeOrder(items).map((x) => x.id)).toEqual([5, 4, 3, 2, 1])
  })
  it('numeric buildings sort numerically and the input is not mutated', () => {
    const items = [
      { building: 10, unit: 1, floor: 1, room: '1' },
      { building: 9, unit: 1, floor: 1, room: '1' },
    ]
    expect(routeOrder(items).map((x) => x.building)).toEqual([9, 10])
    expect(items[0]?.building).toBe(10)
  })
  it('visitRequirements returns entries in route order', () => {
    const r = visitRequirements({
      month: '2026-03',
      households: [hh('b', { building: '3栋' }), hh('a', { building: '1栋', floor: 2 }), hh('c', { building: '1栋' })],
      visits: [],
    })
    expect(r.map((x) => x.householdId)).toEqual(['c', 'a', 'b'])
  })
  it('naturalCompare', () => {
    expect(naturalCompare('A2', 'A10')).toBeLessThan(0)
    expect(naturalCompare('B1', 'A9')).toBeGreaterThan(0)
    expect(naturalCompare('101', '101')).toBe(0)
  })
})

describe('managerPlanRequirements (V4)', () => {
  const base = { hasOwnersCommittee: true, keyAttentionHouseholdIds: ['k1', 'k2'], done: {} }

  it('January: all four targets; community office due end of Feb, housing bureau end of March', () => {
    const r = managerPlanRequirements({ ...base, month: '2026-01' })
    expect(r.map((x) => [x.target, x.due])).toEqual([
      ['committeeChair', end('2026-01-31')],
      ['keyAttention', end('2026-01-31')],
      ['communityOffice', end('2026-02-28')],
      ['housingBureau', end('2026-03-31')],
    ])
    expect(r.every((x) => x.rule === 'V4')).toBe(true)
  })
  it('no committee → no chair visit; no key households → none', () => {
    const r = managerPlanRequirements({ month: '2026-01', hasOwnersCommittee: false, keyAttentionHouseholdIds: [], done: {} })
    expect(r.map((x) => x.target)).toEqual(['communityOffice', 'housingBureau'])
  })
  it('visits done in the period remove the items', () => {
    const r = managerPlanRequirements({
      ...base,
      month: '2026-02',
      done: {
        committeeChair: ['2026-02-03'],
        keyAttention: [{ householdId: 'k2', date: '2026-02-05' }],
        communityOffice: ['2026-01-20'],
        housingBureau: ['2026-03-02'],
      },
    })
    expect(r).toEqual([])
  })
  it('key-attention candidates: least recently visited first', () => {
    const r = managerPlanRequirements({
      ...base,
      month: '2026-03',
      done: { keyAttention: [{ householdId: 'k1', date: '2026-02-05' }] },
    })
    expect(r.find((x) => x.target === 'keyAttention')?.candidates).toEqual(['k2', 'k1'])
  })
  it('community office in March needs a March–April visit', () => {
    const r = managerPlanRequirements({ ...base, month: '2026-03', done: { communityOffice: ['2026-02-10'] } })
    expect(r.find((x) => x.target === 'communityOffice')?.due).toEqual(end('2026-04-30'))
  })
})

describe('isFirstVisitDurationOk (V6)', () => {
  it('20–30 minutes inclusive', () => {
    expect(isFirstVisitDurationOk(19)).toBe(false)
    expect(isFirstVisitDurationOk(20)).toBe(true)
    expect(isFirstVisitDurationOk(30)).toBe(true)
    expect(isFirstVisitDurationOk(31)).toBe(false)
  })
})
