import { describe, expect, it } from 'vitest'
import { parseRoom, roomNoOf } from './parse-room'

describe('parseRoom', () => {
  it('1201 is floor 12, door 01', () => expect(parseRoom('1201')).toEqual({ ok: true, floor: 12, room: '1201' }))
  it('302 is floor 3, door 02', () => expect(parseRoom('302')).toEqual({ ok: true, floor: 3, room: '302' }))
  it('0302 is the same home as 302', () => expect(parseRoom('0302')).toEqual({ ok: true, floor: 3, room: '302' }))
  it('accepts a trailing 室 and spaces', () => expect(parseRoom(' 1201室 ')).toEqual({ ok: true, floor: 12, room: '1201' }))
  it('two digits have no floor', () => expect(parseRoom('12')).toMatchObject({ ok: false, reason: expect.stringContaining('1201') }))
  it('five digits are refused', () => expect(parseRoom('12011').ok).toBe(false))
  it('letters and dashes are refused', () => {
    expect(parseRoom('12A1').ok).toBe(false)
    expect(parseRoom('3-2-1201').ok).toBe(false)
  })
  it('floor 0 is refused', () => expect(parseRoom('001')).toEqual({ ok: false, reason: '房号中的楼层不能为 0，如 302 表示 3 层 02 室' }))
  it('door 00 is refused', () => expect(parseRoom('1200')).toEqual({ ok: false, reason: '房号的门牌号（最后两位）不能是 00' }))
  it('empty asks for the room', () => expect(parseRoom('')).toEqual({ ok: false, reason: '请填写房号' }))
  it('builds the room number building-unit-room', () => expect(roomNoOf('3', 2, '1201')).toBe('3-2-1201'))
})
