// T4 data: the only file that knows where PRC holiday data comes from, so it can be swapped.
// Source: chinese-days 1.5.7, State Council arrangements 2004–2026. We read its prebuilt JSON
// rather than its functions: the functions build their tables with local-time getters and shift
// every date by one day on machines west of UTC (verified under TZ=America/New_York).
// The package answers "plain Mon–Fri" for years it lacks, so we only consult it for DATA_YEARS.
import rawData from 'chinese-days/dist/chinese-days.json'
import type { LocalDate } from './types'

interface RawCalendar {
  holidays: Record<string, string>
  workdays: Record<string, string>
}
const data = rawData as unknown as RawCalendar

/** Years whose official arrangement (holidays and make-up days) the shipped data holds. */
export const DATA_YEARS: Readonly<{ from: number; to: number }> = Object.freeze({ from: 2004, to: 2026 })

/**
 * Years whose official arrangement is not published yet: only the statutory days fixed by the
 * 《全国年节及纪念日放假办法》 (2025 revision), no bridging days and no make-up working days.
 * An admin completes them through settings.calendar.
 */
export const PROVISIONAL: Readonly<Record<number, { holidays: readonly LocalDate[]; workdays: readonly LocalDate[] }>> =
  Object.freeze({
    2027: Object.freeze({
      holidays: Object.freeze([
        '2027-01-01', // 元旦
        '2027-02-05', // 除夕
        '2027-02-06', // 春节 初一
        '2027-02-07', // 初二
        '2027-02-08', // 初三
        '2027-04-05', // 清明
        '2027-05-01', // 劳动节
        '2027-05-02',
        '2027-06-09', // 端午
        '2027-09-15', // 中秋
        '2027-10-01', // 国庆
        '2027-10-02',
        '2027-10-03',
      ]),
      workdays: Object.freeze([]),
    }),
  })

export type DataSource = 'data' | 'provisional' | 'none'

export function dataSourceForYear(year: number): DataSource {
  if (year >= DATA_YEARS.from && year <= DATA_YEARS.to) return 'data'
  if (Object.prototype.hasOwnProperty.call(PROVISIONAL, year)) return 'provisional'
  return 'none'
}

/**
 * How the shipped data deviates from Mon–Fri on a date: 'holiday' (a weekday off),
 * 'workday' (a weekend make-up day, 调休上班), 'holidayWeekend' (a festival day that falls on a
 * weekend anyway), or null (ordinary day, or a year without data).
 */
export function officialDayKind(d: LocalDate): 'holiday' | 'workday' | 'holidayWeekend' | null {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number]
  const weekend = isWeekend(y, m, day)
  const source = dataSourceForYear(y)
  if (source === 'none') return null
  const table =
    source === 'data'
      ? { workday: hasOwn(data.workdays, d), holiday: hasOwn(data.holidays, d) }
      : { workday: PROVISIONAL[y]!.workdays.includes(d), holiday: PROVISIONAL[y]!.holidays.includes(d) }
  if (table.workday) return weekend ? 'workday' : null
  if (table.holiday) return weekend ? 'holidayWeekend' : 'holiday'
  return null
}

/** The festival's Chinese name for a date of the shipped data ('春节'), if it has one. */
export function officialDayName(d: LocalDate): string | null {
  const y = Number(d.slice(0, 4))
  if (dataSourceForYear(y) !== 'data') return null
  const raw = hasOwn(data.workdays, d) ? data.workdays[d] : hasOwn(data.holidays, d) ? data.holidays[d] : undefined
  return raw?.split(',')[1] ?? null
}

/** Years that have at least one entry in the shipped data (for the coverage self-check). */
export function yearsInShippedData(): number[] {
  const years = new Set<number>()
  for (const d of [...Object.keys(data.holidays), ...Object.keys(data.workdays)]) years.add(Number(d.slice(0, 4)))
  return [...years].sort((a, b) => a - b)
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k)
}

function isWeekend(y: number, m: number, d: number): boolean {
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return wd === 0 || wd === 6
}
