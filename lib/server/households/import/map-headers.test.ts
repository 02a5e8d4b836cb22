import { describe, expect, it } from 'vitest'
import { COLUMNS } from './columns'
import { knownHeaderCount, mapHeaders } from './map-headers'

describe('mapHeaders', () => {
  it('maps the template headers in order, column numbers starting at 1', () => {
    const m = mapHeaders(COLUMNS.map((c) => c.header))
    expect([...m.columns.entries()]).toEqual(COLUMNS.map((c, i) => [i + 1, c.key]))
    expect(m.missing).toEqual([])
    expect(m.ignored).toEqual([])
  })

  it('accepts spaces, full-width brackets, a required-marker * and other spellings of the area unit', () => {
    const m = mapHeaders([' 片区编码* ', '楼 栋', '单元号', '房号', '面积（m²）', '入住状态', '入住日期', '重点关注', '姓名', '身份', '手机号', '备注'])
    expect(m.missing).toEqual([])
    expect(m.headers.areaM2).toBe('面积（m²）')
    expect(m.headers.areaCode).toBe('片区编码*')
    expect(mapHeaders(['面积(平方米)']).headers.areaM2).toBe('面积(平方米)')
    expect(mapHeaders(['面积(㎡)']).headers.areaM2).toBe('面积(㎡)')
  })

  it('ignores unknown columns and names them', () => {
    const m = mapHeaders(['片区编码', '楼栋', '车位号', '', '单元', '房号', '入住状态', '住户姓名'])
    expect(m.ignored).toEqual(['车位号'])
    expect(m.columns.get(5)).toBe('unit')
    expect(m.missing).toEqual([])
  })

  it('lists every missing required column; optional columns may be absent', () => {
    const m = mapHeaders(['片区编码', '单元', '住户姓名'])
    expect(m.missing).toEqual(['building', 'room', 'occupancy'])
  })

  it('reports a column given twice (first one wins)', () => {
    const m = mapHeaders(['片区编码', '楼栋', '单元', '房号', '入住状态', '住户姓名', '手机', '联系电话'])
    expect(m.duplicates).toEqual([{ key: 'phone', header: '联系电话' }])
    expect(m.columns.get(7)).toBe('phone')
  })

  it('counts known headers (to find the header row under a title row)', () => {
    expect(knownHeaderCount(['住户导入表'])).toBe(0)
    expect(knownHeaderCount(['片区编码', '楼栋', 'x', '单元'])).toBe(3)
  })
})
