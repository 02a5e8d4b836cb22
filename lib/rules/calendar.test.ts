import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  addWorkingDaysDetailed,
  calendarCoverage,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  uncoveredYearsNotice,
} from './calendar'
import { localParts, toLocalDate } from './time'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)

describe('isWorkingDay (T4)', () => {
  it('Mon–Fri work, Sat–Sun rest on ordinary weeks', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true) // Fri
    expect(isWorkingDay('2026-03-07')).toBe(false) // Sat
    expect(isWorkingDay('2026-03-08')).toBe(false) // Sun
    expect(isWorkingDay('2026-03-09')).toBe(true) // Mon
  })
  it('statutory holidays rest and make-up weekend days work', () => {
    expect(isWorkingDay('2026-02-16')).toBe(false)
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-09-20')).toBe(true)
  })
  it('center overrides win over the data', () => {
    const s = { calendar: { holidays: ['2026-03-10'], workdays: ['2026-02-16'] } }
    expect(isWorkingDay('2026-03-10', s)).toBe(false)
    expect(isWorkingDay('2026-02-16', s)).toBe(true)
    expect(dayInfo('2026-02-16', s).source).toBe('override')
  })
  it('a date in both override lists is a day off', () => {
    expect(isWorkingDay('2026-03-10', { calendar: { holidays: ['2026-03-10'], workdays: ['2026-03-10'] } })).toBe(false)
  })
  it('years without data fall back to Mon–Fri', () => {
    expect(isWorkingDay('2030-01-01')).toBe(true) // a Tuesday; no data for 2030
    expect(dayInfo('2030-01-01').source).toBe('weekday')
  })
})

describe('addWorkingDays (T4): ordinary weeks', () => {
  it('Friday + 1 skips the weekend to Monday', () => {
    expect(addWorkingDays(sh('2026-03-06T10:00:00'), 1)).toEqual(end('2026-03-09'))
  })
  it('Saturday + 1 is Monday', () => {
    expect(addWorkingDays(sh('2026-03-07T10:00:00'), 1)).toEqual(end('2026-03-09'))
  })
  it('n = 0 is the end of the event day, even on a weekend', () => {
    expect(addWorkingDays(sh('2026-03-07T10:00:00'), 0)).toEqual(end('2026-03-07'))
  })
  it('counts from the Shanghai date: Fri 00:30 local (Thu in UTC) + 1 → Mon', () => {
    expect(addWorkingDays(new Date('2026-03-05T16:30:00Z'), 1)).toEqual(end('2026-03-09'))
  })
  it('the last millisecond of Thursday still counts from Thursday', () => {
    expect(addWorkingDays(end('2026-03-05'), 1)).toEqual(end('2026-03-06'))
    expect(addWorkingDays(sh('2026-03-06T00:00:00'), 1)).toEqual(end('2026-03-09'))
  })
  it('rejects negative, fractional and NaN counts and invalid dates', () => {
    expect(() => addWorkingDays(sh('2026-03-06T10:00:00'), -1)).toThrow(RangeError)
    expect(() => addWorkingDays(sh('2026-03-06T10:00:00'), 1.5)).toThrow(RangeError)
    expect(() => addWorkingDays(sh('2026-03-06T10:00:00'), Number.NaN)).toThrow(RangeError)
    expect(() => addWorkingDays(new Date('x'), 1)).toThrow(RangeError)
  })
})

describe('addWorkingDays (T4): 2026 holidays', () => {
  it('Spring Festival: Fri 02-13 + 1 is the make-up Saturday 02-14', () => {
    expect(addWorkingDays(sh('2026-02-13T10:00:00'), 1)).toEqual(end('2026-02-14'))
  })
  it('Spring Festival: Sat 02-14 + 1 is Tue 02-24', () => {
    expect(addWorkingDays(sh('2026-02-14T10:00:00'), 1)).toEqual(end('2026-02-24'))
  })
  it('Spring Festival: Thu 02-26 + 3 counts the make-up Saturday 02-28 → Mon 03-02', () => {
    expect(addWorkingDays(sh('2026-02-26T10:00:00'), 3)).toEqual(end('2026-03-02'))
  })
  it('National Day: Wed 09-30 + 1 is Thu 10-08', () => {
    expect(addWorkingDays(sh('2026-09-30T10:00:00'), 1)).toEqual(end('2026-10-08'))
  })
  it('National Day make-up days: Sat 09-19 + 1 → Sun 09-20; Fri 10-09 + 1 → Sat 10-10', () => {
    expect(addWorkingDays(sh('2026-09-19T10:00:00'), 1)).toEqual(end('2026-09-20'))
    expect(addWorkingDays(sh('2026-10-09T10:00:00'), 1)).toEqual(end('2026-10-10'))
  })
  it('Dragon Boat: Thu 06-18 + 1 is Mon 06-22', () => {
    expect(addWorkingDays(sh('2026-06-18T10:00:00'), 1)).toEqual(end('2026-06-22'))
  })
  it('New Year: Wed 2025-12-31 + 1 is the make-up Sunday 2026-01-04', () => {
    expect(addWorkingDays(sh('2025-12-31T10:00:00'), 1)).toEqual(end('2026-01-04'))
  })
  it('Labour Day: Thu 04-30 + 1 is Wed 05-06; Fri 05-08 + 1 is the make-up Saturday 05-09', () => {
    expect(addWorkingDays(sh('2026-04-30T10:00:00'), 1)).toEqual(end('2026-05-06'))
    expect(addWorkingDays(sh('2026-05-08T10:00:00'), 1)).toEqual(end('2026-05-09'))
  })
  it('Qingming: Fri 04-03 + 1 is Tue 04-07; Mid-Autumn: Thu 09-24 + 1 is Mon 09-28', () => {
    expect(addWorkingDays(sh('2026-04-03T10:00:00'), 1)).toEqual(end('2026-04-07'))
    expect(addWorkingDays(sh('2026-09-24T10:00:00'), 1)).toEqual(end('2026-09-28'))
  })
})

describe('addWorkingDaysDetailed: coverage', () => {
  it('a count inside 2026 reports no uncovered years', () => {
    expect(addWorkingDaysDetailed(sh('2026-03-06T10:00:00'), 1)).toEqual({
      due: end('2026-03-09'),
      rule: 'T4',
      dueDate: '2026-03-09',
      uncoveredYears: [],
    })
  })
  it('a count into 2027 reports [2027] and rests on the provisional 元旦', () => {
    const r = addWorkingDaysDetailed(sh('2026-12-30T10:00:00'), 3)
    expect(r.due).toEqual(end('2027-01-05')) // 12-31, (01-01 off, weekend), 01-04, 01-05
    expect(r.uncoveredYears).toEqual([2027])
  })
  it('2027 Spring Festival: Thu 02-04 + 1 skips 除夕..初三 to Tue 02-09', () => {
    const r = addWorkingDaysDetailed(sh('2027-02-04T10:00:00'), 1)
    expect(r.due).toEqual(end('2027-02-09'))
    expect(r.uncoveredYears).toEqual([2027])
  })
  it('settings.calendar.coveredYears silences 2027', () => {
    expect(addWorkingDaysDetailed(sh('2027-02-04T10:00:00'), 1, { calendar: { coveredYears: [2027] } }).uncoveredYears).toEqual([])
  })
  it('an admin make-up day for 2027 counts', () => {
    const s = { calendar: { workdays: ['2027-02-06'] } }
    expect(addWorkingDays(sh('2027-02-04T10:00:00'), 1, s)).toEqual(end('2027-02-06'))
  })
  it('an admin extra holiday pushes the due', () => {
    expect(addWorkingDays(sh('2026-03-06T10:00:00'), 1, { calendar: { holidays: ['2026-03-09'] } })).toEqual(end('2026-03-10'))
  })
  it('a year without any data is counted Mon–Fri and reported', () => {
    const r = addWorkingDaysDetailed(sh('2030-02-01T10:00:00'), 1) // Friday
    expect(r.due).toEqual(end('2030-02-04'))
    expect(r.uncoveredYears).toEqual([2030])
  })
  it('n = 0 touches no year', () => {
    expect(addWorkingDaysDetailed(sh('2030-02-01T10:00:00'), 0).uncoveredYears).toEqual([])
  })
})

describe('calendarCoverage', () => {
  it('data years are covered', () => {
    expect(calendarCoverage(2026)).toEqual({ covered: true, source: 'data' })
    expect(calendarCoverage(2004)).toEqual({ covered: true, source: 'data' })
  })
  it('2027 is provisional and uncovered unless declared', () => {
    expect(calendarCoverage(2027)).toEqual({ covered: false, source: 'provisional' })
    expect(calendarCoverage(2027, { calendar: { coveredYears: [2027] } })).toEqual({ covered: true, source: 'override' })
  })
  it('other years have no source', () => {
    expect(calendarCoverage(2031)).toEqual({ covered: false, source: 'none' })
    expect(calendarCoverage(2031, { calendar: { coveredYears: [2031] } })).toEqual({ covered: true, source: 'override' })
  })
})

describe('helpers', () => {
  it('nextWorkingDay skips a holiday run', () => {
    expect(nextWorkingDay('2026-09-30')).toBe('2026-10-08')
  })
  it('uncoveredYearsNotice names the year and the fallback', () => {
    expect(uncoveredYearsNotice([])).toBeNull()
    expect(uncoveredYearsNotice([2030])).toBe('2030 年节假日数据未发布，按周一至周五计算，请管理员补录')
    expect(uncoveredYearsNotice([2027])).toContain('2027 年调休安排未发布')
  })
})

describe('addWorkingDays properties', () => {
  const instant = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31, 23, 59) }).map((ms) => new Date(ms))
  const n = fc.integer({ min: 0, max: 12 })

  it('is strictly increasing in n and never before the event', () => {
    fc.assert(
      fc.property(instant, n, (d, k) => {
        const a = addWorkingDays(d, k)
        const b = addWorkingDays(d, k + 1)
        return b.getTime() > a.getTime() && a.getTime() >= d.getTime()
      }),
      { numRuns: 200 },
    )
  })

  it('is monotonic in the event instant', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), n, (d, delta, k) => {
        const later = new Date(d.getTime() + delta)
        return addWorkingDays(later, k).getTime() >= addWorkingDays(d, k).getTime()
      }),
      { numRuns: 200 },
    )
  })

  it('ends at 23:59:59.999 local on a working day (n ≥ 1)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 12 }), (d, k) => {
        const due = addWorkingDays(d, k)
        const p = localParts(due)
        return (
          p.hour === 23 && p.minute === 59 && p.second === 59 && p.millisecond === 999 && isWorkingDay(toLocalDate(due))
        )
      }),
      { numRuns: 200 },
    )
  })
})
