import { describe, expect, it } from 'vitest'
import { DATA_YEARS, PROVISIONAL, dataSourceForYear, officialDayKind, officialDayName, yearsInShippedData } from './calendar-data'

describe('shipped holiday data (chinese-days)', () => {
  it('covers exactly 2004–2026 (update DATA_YEARS when the package adds a year)', () => {
    const years = yearsInShippedData()
    expect(years[0]).toBe(DATA_YEARS.from)
    expect(years.at(-1)).toBe(DATA_YEARS.to)
    expect(years).toHaveLength(DATA_YEARS.to - DATA_YEARS.from + 1)
  })

  it('has the 2026 Spring Festival: 02-15..02-23 off, make-up Saturdays 02-14 and 02-28', () => {
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23']) {
      expect(officialDayKind(d), d).toBe('holiday')
    }
    expect(officialDayKind('2026-02-15')).toBe('holidayWeekend')
    expect(officialDayKind('2026-02-14')).toBe('workday')
    expect(officialDayKind('2026-02-28')).toBe('workday')
    expect(officialDayName('2026-02-17')).toBe('春节')
  })

  it('has 2026 New Year (01-01..03 off, make-up Sunday 01-04)', () => {
    expect(officialDayKind('2026-01-01')).toBe('holiday')
    expect(officialDayKind('2026-01-02')).toBe('holiday')
    expect(officialDayKind('2026-01-03')).toBe('holidayWeekend')
    expect(officialDayKind('2026-01-04')).toBe('workday')
  })

  it('has 2026 Qingming, Labour Day, Dragon Boat and Mid-Autumn', () => {
    expect(officialDayKind('2026-04-06')).toBe('holiday')
    for (const d of ['2026-05-01', '2026-05-04', '2026-05-05']) expect(officialDayKind(d), d).toBe('holiday')
    expect(officialDayKind('2026-05-09')).toBe('workday')
    expect(officialDayKind('2026-06-19')).toBe('holiday')
    expect(officialDayKind('2026-06-20')).toBe('holidayWeekend')
    expect(officialDayKind('2026-09-25')).toBe('holiday')
  })

  it('has 2026 National Day (10-01..07 off, make-up Sunday 09-20 and Saturday 10-10)', () => {
    for (const d of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']) {
      expect(officialDayKind(d), d).toBe('holiday')
    }
    expect(officialDayKind('2026-09-20')).toBe('workday')
    expect(officialDayKind('2026-10-10')).toBe('workday')
  })

  it('reports ordinary days as null', () => {
    expect(officialDayKind('2026-03-10')).toBeNull()
    expect(officialDayKind('2026-03-07')).toBeNull()
  })
})

describe('provisional 2027', () => {
  it('holds only the statutory days and no make-up days', () => {
    expect(PROVISIONAL[2027]?.holidays).toHaveLength(13)
    expect(PROVISIONAL[2027]?.workdays).toHaveLength(0)
    expect(officialDayKind('2027-02-05')).toBe('holiday') // 除夕, Friday
    expect(officialDayKind('2027-02-06')).toBe('holidayWeekend')
    expect(officialDayKind('2027-02-08')).toBe('holiday')
    expect(officialDayKind('2027-02-09')).toBeNull() // no bridging days
  })
})

describe('dataSourceForYear', () => {
  it('data / provisional / none', () => {
    expect(dataSourceForYear(2004)).toBe('data')
    expect(dataSourceForYear(2026)).toBe('data')
    expect(dataSourceForYear(2027)).toBe('provisional')
    expect(dataSourceForYear(2003)).toBe('none')
    expect(dataSourceForYear(2030)).toBe('none')
  })
})
