import { describe, expect, it } from 'vitest'
import { COLUMNS, EXAMPLE_NOTE, type HeaderNames } from './columns'
import type { RawRow } from './types'
import { validateRows } from './validate-rows'

const HEADERS: HeaderNames = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header]))
const GOOD = { areaCode: 'A', building: '3', unit: '2', room: '1201', areaM2: '98', occupancy: '已入住', moveInDate: '2020-05-01', keyAttention: '否', name: '张三', kind: '业主', phone: '13800000001', note: '' }

function one(cells: Partial<typeof GOOD>, headers = HEADERS) {
  return validateRows([{ row: 7, cells: { ...GOOD, ...cells } } as RawRow], headers)
}

describe('validateRows', () => {
  it('turns a good row into typed values with the room number', () => {
    const { valid, issues } = one({})
    expect(issues).toEqual([])
    expect(valid).toEqual([
      {
        row: 7,
        areaCode: 'A',
        building: '3',
        unit: 2,
        floor: 12,
        room: '1201',
        roomNo: '3-2-1201',
        occupancy: 'occupied',
        areaM2: 98,
        moveInDate: '2020-05-01',
        keyAttention: false,
        note: undefined,
        resident: { name: '张三', kind: 'owner', phone: '13800000001' },
      },
    ])
  })

  it('accepts 3号楼, 2单元, 98㎡, a spaced mobile number and a landline', () => {
    expect(one({ building: '3号楼', unit: '2单元', areaM2: '98㎡', phone: '138 0000 0001' }).valid[0]).toMatchObject({ roomNo: '3-2-1201', areaM2: 98, resident: { phone: '13800000001' } })
    expect(one({ phone: '021-12345678' }).valid[0]?.resident?.phone).toBe('021-12345678')
  })

  it('a home without a resident name is an empty home, not an error', () => {
    const { valid, issues } = one({ name: '', kind: '', phone: '', occupancy: '未入住', moveInDate: '' })
    expect(issues).toEqual([])
    expect(valid[0]?.resident).toBeUndefined()
  })

  it('reports each bad cell with the Excel row, the column header and a Chinese reason', () => {
    const { valid, issues } = one({ unit: '0', room: '12', areaM2: '98.5', occupancy: '入住', phone: '1380000', kind: '房东', keyAttention: '也许' })
    expect(valid).toEqual([])
    expect(issues).toEqual([
      { row: 7, column: '单元', reason: '单元应为 1–99 的整数' },
      { row: 7, column: '房号', reason: '房号应为楼层加两位门牌号，如 1201（12 层 01 室）或 302' },
      { row: 7, column: '面积(㎡)', reason: '面积应为整数（平方米），如 98' },
      { row: 7, column: '入住状态', reason: '入住状态只能填写「已入住」或「未入住」' },
      { row: 7, column: '重点关注', reason: '重点关注只能填写「是」或「否」（不填为否）' },
      { row: 7, column: '身份', reason: '身份只能填写「业主」「租户」或「家属」' },
      { row: 7, column: '手机', reason: '手机号应为 11 位数字，座机如 021-12345678' },
    ])
  })

  it('asks for the required cells', () => {
    const { issues } = one({ areaCode: '', building: '', unit: '', room: '', occupancy: '' })
    expect(issues.map((i) => i.reason)).toEqual(['请填写片区编码', '请填写楼栋', '请填写单元', '请填写房号', '请填写入住状态（已入住 / 未入住）'])
  })

  it('uses the header as written in the file', () => {
    expect(one({ phone: '123' }, { ...HEADERS, phone: '联系电话' }).issues).toEqual([{ row: 7, column: '联系电话', reason: '手机号应为 11 位数字，座机如 021-12345678' }])
  })

  it('checks cells against each other: 未入住 has no date, a phone needs a name', () => {
    expect(one({ occupancy: '未入住' }).issues).toEqual([{ row: 7, column: '入住日期', reason: '未入住的房屋不能填写入住日期' }])
    expect(one({ name: '', kind: '' }).issues).toEqual([{ row: 7, column: '手机', reason: '填写了手机，但没有填写住户姓名' }])
  })

  it('area out of range, an impossible date, too long a name', () => {
    expect(one({ areaM2: '5' }).issues[0]?.reason).toBe('面积应在 10–2000 ㎡ 之间')
    expect(one({ moveInDate: '2020-02-30' }).issues[0]?.reason).toBe('入住日期应为有效日期，如 2020-05-01')
    expect(one({ name: '张'.repeat(51) }).issues[0]?.reason).toBe('住户姓名不能超过 50 个字')
  })

  it('a template example row left in the file is a bad row', () => {
    expect(one({ note: EXAMPLE_NOTE }).issues).toEqual([{ row: 7, column: '备注', reason: '这是模板中的示例行，请删除后再导入' }])
  })

  it('a column absent from the file is "not stated", not an error', () => {
    const { valid, issues } = validateRows([{ row: 2, cells: { areaCode: 'A', building: '1', unit: '1', room: '101', occupancy: '已入住', name: '王五' } }], HEADERS)
    expect(issues).toEqual([])
    expect(valid[0]).toMatchObject({ areaM2: undefined, keyAttention: undefined, resident: { name: '王五', kind: undefined, phone: undefined } })
  })
})
