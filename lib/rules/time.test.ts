import { describe, expect, it } from 'vitest'
import {
  addLocalDays,
  addMonthsToLocalDate,
  calendarDaysDeadline,
  dayOfMonth,
  diffLocalDays,
  endOfLocalDay,
  hoursDeadline,
  isLocalDate,
  localDateTime,
  localMinutesOfDay,
  localMsOfDay,
  localParts,
  localWeekday,
  monthBlock,
  parseLocalDate,
  parseLocalTime,
  startOfLocalDay,
  toLocalDate,
} from './time'

const sh = (local: string) => new Date(`${local}+08:00`)

describe('toLocalDate (T1)', () => {
  it('uses the Shanghai date when the UTC date differs', () => {
    expect(toLocalDate(new Date('2026-03-10T17:30:00Z'))).toBe('2026-03-11')
  })
  it('flips exactly at local midnight (15:59:59.999Z / 16:00Z)', () => {
    expect(toLocalDate(new Date('2026-03-10T15:59:59.999Z'))).toBe('2026-03-10')
    expect(toLocalDate(new Date('2026-03-10T16:00:00.000Z'))).toBe('2026-03-11')
  })
  it('follows settings.timeZone', () => {
    expect(toLocalDate(new Date('2026-03-10T03:00:00Z'), { timeZone: 'America/New_York' })).toBe('2026-03-09')
  })
  it('rejects an invalid Date', () => {
    expect(() => toLocalDate(new Date('nope'))).toThrow(RangeError)
  })
})

describe('local day bounds', () => {
  it('endOfLocalDay is 23:59:59.999 Shanghai', () => {
    expect(endOfLocalDay('2026-03-12').toISOString()).toBe('2026-03-12T15:59:59.999Z')
  })
  it('startOfLocalDay is 00:00 Shanghai', () => {
    expect(startOfLocalDay('2026-03-12').toISOString()).toBe('2026-03-11T16:00:00.000Z')
  })
  it('endOfLocalDay follows a DST zone on its switch day', () => {
    expect(endOfLocalDay('2026-03-08', { timeZone: 'America/New_York' }).toISOString()).toBe('2026-03-09T03:59:59.999Z')
  })
  it('localDateTime builds a wall-clock instant', () => {
    expect(localDateTime('2026-03-10', '09:00').toISOString()).toBe('2026-03-10T01:00:00.000Z')
    expect(localDateTime('2026-03-10', '24:00').toISOString()).toBe('2026-03-10T16:00:00.000Z')
  })
})

describe('addLocalDays / diffLocalDays', () => {
  it('crosses the end of January', () => {
    expect(addLocalDays('2026-01-31', 1)).toBe('2026-02-01')
  })
  it('crosses the end of the year', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01')
  })
  it('lands on 29 February in the leap year 2028, not in 2027', () => {
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addLocalDays('2027-02-28', 1)).toBe('2027-03-01')
  })
  it('goes backwards', () => {
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28')
  })
  it('diffLocalDays is a − b in days', () => {
    expect(diffLocalDays('2026-03-01', '2026-02-28')).toBe(1)
    expect(diffLocalDays('2026-01-01', '2027-01-01')).toBe(-365)
  })
  it('rejects a fractional day count and an impossible date', () => {
    expect(() => addLocalDays('2026-03-01', 0.5)).toThrow(RangeError)
    expect(() => addLocalDays('2026-02-30', 1)).toThrow(RangeError)
  })
})

describe('calendarDaysDeadline (T3)', () => {
  it('n = 0 is the end of the same local day', () => {
    expect(calendarDaysDeadline(sh('2026-03-10T10:00:00'), 0)).toEqual(sh('2026-03-10T23:59:59.999'))
  })
  it('next day from 31 January is the end of 1 February', () => {
    expect(calendarDaysDeadline(sh('2026-01-31T10:00:00'), 1)).toEqual(sh('2026-02-01T23:59:59.999'))
  })
  it('next day from 2026-12-31 23:30 local is the end of 2027-01-01', () => {
    expect(calendarDaysDeadline(sh('2026-12-31T23:30:00'), 1).toISOString()).toBe('2027-01-01T15:59:59.999Z')
  })
  it('counts from the local date, not the UTC date', () => {
    // 2026-03-10T17:30Z is 2026-03-11 01:30 in Shanghai
    expect(calendarDaysDeadline(new Date('2026-03-10T17:30:00Z'), 1).toISOString()).toBe('2026-03-12T15:59:59.999Z')
  })
  it('rejects a negative or fractional n', () => {
    expect(() => calendarDaysDeadline(sh('2026-03-10T10:00:00'), -1)).toThrow(RangeError)
    expect(() => calendarDaysDeadline(sh('2026-03-10T10:00:00'), 1.5)).toThrow(RangeError)
  })
})

describe('hoursDeadline (T2)', () => {
  it('adds clock hours to the instant', () => {
    expect(hoursDeadline(sh('2026-06-03T18:00:00'), 24)).toEqual(sh('2026-06-04T18:00:00'))
  })
  it('rejects a negative count', () => {
    expect(() => hoursDeadline(sh('2026-06-03T18:00:00'), -1)).toThrow(RangeError)
  })
})

describe('local parts', () => {
  it('weekday of a local date and of an instant', () => {
    expect(localWeekday('2026-03-09')).toBe(1)
    expect(localWeekday('2026-03-08')).toBe(0)
    // Sunday 23:30 UTC is already Monday in Shanghai
    expect(localWeekday(new Date('2026-03-08T16:30:00Z'))).toBe(1)
  })
  it('minutes and milliseconds of the local day', () => {
    expect(localMinutesOfDay(sh('2026-03-10T17:29:59.999'))).toBe(17 * 60 + 29)
    expect(localMsOfDay(sh('2026-03-10T00:00:00.001'))).toBe(1)
    expect(localParts(sh('2026-03-10T23:59:59.999'))).toMatchObject({ hour: 23, minute: 59, second: 59, millisecond: 999 })
  })
  it('parseLocalTime accepts 24:00 and rejects 24:01', () => {
    expect(parseLocalTime('24:00')).toBe(1440)
    expect(() => parseLocalTime('24:01')).toThrow(RangeError)
    expect(() => parseLocalTime('9:00')).toThrow(RangeError)
  })
  it('isLocalDate / parseLocalDate check real calendar dates', () => {
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(isLocalDate('2027-02-29')).toBe(false)
    expect(isLocalDate('2026-3-1')).toBe(false)
    expect(parseLocalDate('2026-03-01')).toEqual({ year: 2026, month: 3, day: 1 })
  })
})

describe('months', () => {
  it('addMonthsToLocalDate clamps to the month end', () => {
    expect(addMonthsToLocalDate('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsToLocalDate('2027-11-30', 3)).toBe('2028-02-29')
    expect(addMonthsToLocalDate('2026-08-15', 3)).toBe('2026-11-15')
  })
  it('dayOfMonth clamps the 31st of February', () => {
    expect(dayOfMonth('2026-02', 31)).toBe('2026-02-28')
  })
  it('monthBlock anchors two-month blocks and quarters at January', () => {
    expect(monthBlock('2026-02', 2)).toEqual({ first: '2026-01', last: '2026-02' })
    expect(monthBlock('2026-03', 2)).toEqual({ first: '2026-03', last: '2026-04' })
    expect(monthBlock('2026-12', 3)).toEqual({ first: '2026-10', last: '2026-12' })
  })
})
