import { describe, expect, it } from 'vitest'
import { cellText, parseLocalDate } from './cell-text'

describe('cellText', () => {
  it('trims strings and prints numbers without exponent', () => {
    expect(cellText('  张三 ')).toBe('张三')
    expect(cellText(13800000001)).toBe('13800000001')
    expect(cellText(98)).toBe('98')
    expect(cellText(null)).toBe('')
    expect(cellText(undefined)).toBe('')
  })
  it('reads an Excel date cell (UTC midnight) as that calendar date', () => {
    expect(cellText(new Date(Date.UTC(2020, 4, 1)))).toBe('2020-05-01')
    // Serial rounding can land just before midnight.
    expect(cellText(new Date(Date.UTC(2020, 4, 1) - 3))).toBe('2020-05-01')
  })
  it('reads rich text, formulas, hyperlinks and booleans', () => {
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三')
    expect(cellText({ formula: 'A1', result: 1201 })).toBe('1201')
    expect(cellText({ text: '13800000001', hyperlink: 'tel:13800000001' })).toBe('13800000001')
    expect(cellText(true)).toBe('是')
    expect(cellText({ error: '#N/A' })).toBe('#N/A')
  })
})

describe('parseLocalDate', () => {
  it.each([
    ['2020-05-01', '2020-05-01'],
    ['2020/5/1', '2020-05-01'],
    ['2020.05.01', '2020-05-01'],
    ['2020年5月1日', '2020-05-01'],
    ['20200501', '2020-05-01'],
    ['43952', '2020-05-01'],
  ])('%s → %s', (input, out) => expect(parseLocalDate(input)).toBe(out))
  it.each(['2020-02-30', '2020-13-01', '1949-12-31', '5/1/2020', '明年', '2020-5'])('refuses %s', (input) => expect(parseLocalDate(input)).toBeUndefined())
})
