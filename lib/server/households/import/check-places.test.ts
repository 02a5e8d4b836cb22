import { describe, expect, it } from 'vitest'
import { checkPlaces, type KnownPlaces } from './check-places'
import type { ImportRow } from './types'

const places: KnownPlaces = { areas: new Map([['A', 'area-a'], ['B', 'area-b']]), buildings: new Map([['1', { id: 'b1', areaCode: 'A' }]]) }
const row = (n: number, areaCode: string, building: string): ImportRow => ({ row: n, areaCode, building, unit: 1, floor: 1, room: '101', roomNo: `${building}-1-101`, occupancy: 'occupied' })

describe('checkPlaces', () => {
  it('an unknown area code is an error (areas are managed by the admin)', () => {
    expect(checkPlaces([row(2, 'Z', '1')], places, {}).issues).toEqual([{ row: 2, column: '片区编码', reason: '片区编码「Z」不存在（片区由管理员在系统管理中维护）' }])
  })
  it('a building of another area is an error', () => {
    expect(checkPlaces([row(2, 'B', '1')], places, { building: '楼号' }).issues).toEqual([{ row: 2, column: '楼号', reason: '楼栋 1 属于片区「A」，不能导入到片区「B」' }])
  })
  it('a new building takes the area of its first row; a later row in another area is an error', () => {
    const { good, issues } = checkPlaces([row(2, 'A', '9'), row(3, 'A', '9'), row(4, 'B', '9')], places, {})
    expect(good.map((r) => r.row)).toEqual([2, 3])
    expect(issues).toEqual([{ row: 4, column: '楼栋', reason: '楼栋 9 在第 2 行属于片区「A」，这里却是「B」' }])
  })
})
