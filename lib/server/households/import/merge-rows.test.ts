import { describe, expect, it } from 'vitest'
import { mergeRows } from './merge-rows'
import type { ImportRow } from './types'

const base: ImportRow = { row: 2, areaCode: 'A', building: '3', unit: 2, floor: 12, room: '1201', roomNo: '3-2-1201', occupancy: 'occupied' }
const row = (n: number, extra: Partial<ImportRow> = {}): ImportRow => ({ ...base, row: n, ...extra })

describe('mergeRows (checks across rows)', () => {
  it('rows of the same room number become one home with its residents in file order', () => {
    const { households, issues } = mergeRows([row(2, { areaM2: 98, resident: { name: '张三' } }), row(3, { resident: { name: '李四', kind: 'family' } })], {})
    expect(issues).toEqual([])
    expect(households).toHaveLength(1)
    expect(households[0]).toMatchObject({ roomNo: '3-2-1201', areaM2: 98, rows: [2, 3], residents: [{ row: 2, name: '张三' }, { row: 3, name: '李四', kind: 'family' }] })
  })

  it('conflicting household data is an error on the later row, which is left out', () => {
    const { households, issues } = mergeRows([row(2, { resident: { name: '张三' } }), row(5, { occupancy: 'notMovedIn', resident: { name: '李四' } })], {})
    expect(issues).toEqual([{ row: 5, column: '入住状态', reason: '同一房号 3-2-1201 在第 2 行的入住状态是「已入住」，这里是「未入住」，请改成一致' }])
    expect(households[0]?.residents.map((r) => r.name)).toEqual(['张三'])
  })

  it('an empty cell agrees with a filled one and fills the home', () => {
    const { households, issues } = mergeRows([row(2, { resident: { name: '张三' } }), row(3, { areaM2: 98, moveInDate: '2020-05-01', resident: { name: '李四' } })], {})
    expect(issues).toEqual([])
    expect(households[0]).toMatchObject({ areaM2: 98, moveInDate: '2020-05-01' })
  })

  it('different areas, move-in dates or notes on two rows of a room are errors', () => {
    expect(mergeRows([row(2, { areaM2: 98 }), row(3, { areaM2: 99 })], { areaM2: '面积' }).issues[0]).toMatchObject({ row: 3, column: '面积' })
    expect(mergeRows([row(2, { moveInDate: '2020-05-01' }), row(3, { moveInDate: '2021-05-01' })], {}).issues[0]).toMatchObject({ row: 3, column: '入住日期' })
    expect(mergeRows([row(2, { areaCode: 'A' }), row(3, { areaCode: 'B' })], {}).issues[0]).toMatchObject({ row: 3, column: '片区编码' })
    expect(mergeRows([row(2, { keyAttention: true }), row(3, { keyAttention: false })], {}).issues[0]?.reason).toContain('「是」，这里是「否」')
  })

  it('the same resident twice in a file is an error on the later row', () => {
    const { issues } = mergeRows([row(2, { resident: { name: '张三', phone: '13800000001' } }), row(9, { resident: { name: '张三', phone: '13800000001' } })], {})
    expect(issues).toEqual([{ row: 9, column: '住户姓名', reason: '与第 2 行重复：房号 3-2-1201 的住户「张三」出现了两次' }])
  })

  it('the same name with another phone in one home is also an error (residents are matched by name)', () => {
    const { issues } = mergeRows([row(2, { resident: { name: '张三', phone: '13800000001' } }), row(3, { resident: { name: '张三', phone: '13900000001' } })], {})
    expect(issues[0]).toMatchObject({ row: 3, column: '住户姓名' })
    expect(issues[0]?.reason).toContain('同名')
  })

  it('the same name in two different homes is fine', () => {
    const { households, issues } = mergeRows([row(2, { resident: { name: '张三' } }), row(3, { roomNo: '3-2-1202', room: '1202', resident: { name: '张三' } })], {})
    expect(issues).toEqual([])
    expect(households).toHaveLength(2)
  })
})
