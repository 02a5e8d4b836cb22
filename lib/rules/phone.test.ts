import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPhoneWindow, nextPhoneWindow } from './phone'

// 2026-03-08 is a Sunday, 03-09 a Monday, 03-10 a Tuesday.
const sh = (local: string) => new Date(`${local}+08:00`)

describe('isPhoneWindow (V5) boundaries on a Tuesday', () => {
  it.each([
    ['08:59:59.999', false],
    ['09:00:00.000', true],
    ['11:59:00.000', true],
    ['11:59:59.999', true],
    ['12:00:00.000', false],
    ['13:59:00.000', false],
    ['14:00:00.000', true],
    ['17:29:00.000', true],
    ['17:30:00.000', false],
    ['18:59:00.000', false],
    ['19:00:00.000', true],
    ['20:59:00.000', true],
    ['21:00:00.000', false],
    ['00:00:00.000', false],
  ])('Tue %s → %s', (time, allowed) => {
    expect(isPhoneWindow(sh(`2026-03-10T${time}`))).toBe(allowed)
  })

  it('Monday is never allowed', () => {
    for (const t of ['09:00', '10:30', '14:00', '19:00', '20:59']) {
      expect(isPhoneWindow(sh(`2026-03-09T${t}:00`)), t).toBe(false)
    }
  })

  it('Saturday and Sunday are allowed', () => {
    expect(isPhoneWindow(sh('2026-03-07T10:00:00'))).toBe(true)
    expect(isPhoneWindow(sh('2026-03-08T20:59:00'))).toBe(true)
  })

  it('uses Shanghai wall time, not UTC: Mon 01:30Z is Mon 09:30 local', () => {
    expect(isPhoneWindow(new Date('2026-03-09T01:30:00Z'))).toBe(false)
    // Sunday 13:30 UTC is Sunday 21:30 Shanghai
    expect(isPhoneWindow(new Date('2026-03-08T13:30:00Z'))).toBe(false)
    // Monday 17:00 UTC is already Tuesday 01:00 Shanghai (too early); Tuesday 01:00Z is 09:00 local
    expect(isPhoneWindow(new Date('2026-03-09T17:00:00Z'))).toBe(false)
    expect(isPhoneWindow(new Date('2026-03-10T01:00:00Z'))).toBe(true)
  })

  it('follows the settings', () => {
    const s = { phone: { forbiddenWeekdays: [0], windows: [{ start: '08:00', end: '10:00' }] } }
    expect(isPhoneWindow(sh('2026-03-09T08:00:00'), s)).toBe(true)
    expect(isPhoneWindow(sh('2026-03-08T08:00:00'), s)).toBe(false)
  })
})

describe('nextPhoneWindow (V5)', () => {
  it('returns the same instant when allowed (Sunday 20:59)', () => {
    const at = sh('2026-03-08T20:59:00')
    expect(nextPhoneWindow(at).getTime()).toBe(at.getTime())
  })
  it('Sunday 21:00 → Tuesday 09:00, skipping Monday', () => {
    expect(nextPhoneWindow(sh('2026-03-08T21:00:00'))).toEqual(sh('2026-03-10T09:00:00'))
  })
  it('Monday noon → Tuesday 09:00', () => {
    expect(nextPhoneWindow(sh('2026-03-09T12:00:00'))).toEqual(sh('2026-03-10T09:00:00'))
  })
  it('gaps inside a day: 08:59 → 09:00, 12:00 → 14:00, 17:30 → 19:00', () => {
    expect(nextPhoneWindow(sh('2026-03-10T08:59:00'))).toEqual(sh('2026-03-10T09:00:00'))
    expect(nextPhoneWindow(sh('2026-03-10T12:00:00'))).toEqual(sh('2026-03-10T14:00:00'))
    expect(nextPhoneWindow(sh('2026-03-10T17:30:00'))).toEqual(sh('2026-03-10T19:00:00'))
  })
  it('Saturday 21:00 → Sunday 09:00', () => {
    expect(nextPhoneWindow(sh('2026-03-07T21:00:00'))).toEqual(sh('2026-03-08T09:00:00'))
  })
  it('year end: 2026-12-31 (Thu) 23:30 → 2027-01-01 09:00', () => {
    expect(nextPhoneWindow(sh('2026-12-31T23:30:00'))).toEqual(sh('2027-01-01T09:00:00'))
  })
  it('odd settings: a single late window on Saturday only wraps to next week', () => {
    const s = { phone: { forbiddenWeekdays: [0, 1, 2, 3, 4, 5], windows: [{ start: '23:00', end: '24:00' }] } }
    expect(nextPhoneWindow(sh('2026-03-07T23:30:00'), s)).toEqual(sh('2026-03-07T23:30:00'))
    expect(nextPhoneWindow(sh('2026-03-08T00:00:00'), s)).toEqual(sh('2026-03-14T23:00:00'))
  })
  it('throws when the settings leave no window', () => {
    const at = sh('2026-03-10T08:00:00')
    expect(() => nextPhoneWindow(at, { phone: { windows: [] } })).toThrow(RangeError)
    expect(() => nextPhoneWindow(at, { phone: { forbiddenWeekdays: [0, 1, 2, 3, 4, 5, 6] } })).toThrow(RangeError)
    expect(() => nextPhoneWindow(at, { phone: { windows: [{ start: '10:00', end: '10:00' }] } })).toThrow(RangeError)
  })
})

describe('nextPhoneWindow properties', () => {
  it('is allowed, not before x, and no allowed minute lies strictly between', () => {
    const ms = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31, 23, 59) })
    // half of the samples sit exactly on a minute, where window boundaries are
    const instant = fc.oneof(ms, ms.map((t) => Math.floor(t / 60_000) * 60_000)).map((t) => new Date(t))
    fc.assert(
      fc.property(instant, (x) => {
        const r = nextPhoneWindow(x)
        if (!isPhoneWindow(r) || r.getTime() < x.getTime()) return false
        // Shanghai is a whole-hour offset, so UTC minute boundaries are local minute boundaries.
        for (let t = Math.floor(x.getTime() / 60_000) * 60_000 + 60_000; t < r.getTime(); t += 60_000) {
          if (isPhoneWindow(new Date(t))) return false
        }
        return true
      }),
      { numRuns: 100 },
    )
  })
})
