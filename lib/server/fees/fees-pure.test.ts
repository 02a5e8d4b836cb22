// Pure pieces of the fee module: yuan parsing, FIFO allocation, CSV reading, periods, stored outcomes.
import { describe, expect, it } from 'vitest'
import { allocateFifo } from './allocate'
import { parseOutcome, formatOutcome } from './constants'
import { parseYuan } from './money'
import { parseCsv, decodeText } from './import/parse-csv'
import { parsePeriod, normalizeRoomNo } from './import/validate-fee-rows'

describe('parseYuan', () => {
  it('reads yuan exactly as cents', () => {
    expect(parseYuan('250')).toEqual({ cents: 25_000 })
    expect(parseYuan('1,234.5')).toEqual({ cents: 123_450 })
    expect(parseYuan('¥0.01')).toEqual({ cents: 1 })
    expect(parseYuan('２５０元')).toEqual({ cents: 25_000 })
    expect(parseYuan('250.00000000001')).toEqual({ cents: 25_000 }) // spreadsheet float noise
  })
  it('refuses zero, negatives, three decimals and words', () => {
    expect(parseYuan('0')).toEqual({ error: '金额必须大于 0' })
    expect(parseYuan('-5')).toEqual({ error: '金额不能是负数' })
    expect(parseYuan('1.234')).toEqual({ error: '金额最多两位小数（分）' })
    expect('error' in parseYuan('两百')).toBe(true)
    expect(parseYuan('')).toEqual({ error: '请填写金额' })
  })
})

describe('allocateFifo', () => {
  const bills = [
    { id: 'b11', period: '2026-11', amountCents: 100 },
    { id: 'b09', period: '2026-09', amountCents: 100 },
    { id: 'b10', period: '2026-10', amountCents: 100 },
  ]
  it('fills the oldest bill first, whatever order payments and bills come in', () => {
    const a = allocateFifo(bills, [
      { id: 'p2', amountCents: 80, paidAt: new Date('2026-11-20T00:00:00Z') },
      { id: 'p1', amountCents: 70, paidAt: new Date('2026-11-10T00:00:00Z') },
    ])
    expect(Object.fromEntries(a.paid)).toEqual({ b09: 100, b10: 50, b11: 0 })
    expect(Object.fromEntries(a.billOf)).toEqual({ p1: 'b09', p2: 'b09' })
    expect(a.creditCents).toBe(0)
  })
  it('keeps what exceeds every bill as credit, its payment tied to no bill', () => {
    const a = allocateFifo(bills, [
      { id: 'p1', amountCents: 300, paidAt: new Date('2026-11-10T00:00:00Z') },
      { id: 'p2', amountCents: 40, paidAt: new Date('2026-11-11T00:00:00Z') },
    ])
    expect(a.creditCents).toBe(40)
    expect(a.billOf.get('p2')).toBeNull()
  })
})

describe('CSV and cells', () => {
  it('parses quotes, doubled quotes, line breaks in quotes, CRLF and semicolons', () => {
    expect(parseCsv('a,b\r\n"1,5","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['1,5', 'say "hi"\nthere'],
    ])
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })
  it('decodes GBK when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xb7, 0xbf, 0xba, 0xc5]))).toBe('房号')
    expect(decodeText(new TextEncoder().encode('房号'))).toBe('房号')
  })
  it('reads periods and room numbers as people type them', () => {
    expect(['2026-11', '2026/11', '2026年11月', '202611', '2026-11-01', '2026.1'].map(parsePeriod)).toEqual(['2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-01'])
    expect(parsePeriod('2026-13')).toBeUndefined()
    expect(normalizeRoomNo(' 3－2－1201 ')).toBe('3-2-1201')
  })
  it('stores outcomes as a code and a note', () => {
    expect(parseOutcome(formatOutcome('refused', '业主挂断'))).toEqual({ code: 'refused', note: '业主挂断' })
    expect(parseOutcome('reached')).toEqual({ code: 'reached', note: undefined })
    expect(parseOutcome('电话无人接听')).toEqual({ note: '电话无人接听' })
  })
})
