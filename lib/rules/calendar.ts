// T4: working days = Mon–Fri, minus PRC statutory holidays, plus make-up working days,
// then the center's own overrides (which always win).
import { DATA_YEARS, PROVISIONAL, dataSourceForYear, officialDayKind } from './calendar-data'
import { resolveSettings, type Settings } from './settings'
import { addLocalDays, assertValidInstant, endOfLocalDay, localWeekday, parseLocalDate, toLocalDate } from './time'
import type { DeepPartial, LocalDate } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

export type CoverageSource = 'data' | 'provisional' | 'override' | 'none'

export interface DayInfo {
  date: LocalDate
  working: boolean
  /** what decided it */
  source: 'override' | 'data' | 'provisional' | 'weekday'
}

export function dayInfo(d: LocalDate, settings?: SettingsArg): DayInfo {
  const { year } = parseLocalDate(d)
  const cal = resolveSettings(settings).calendar
  // A date in both override lists counts as a day off (the schema rejects that input anyway).
  if (cal.holidays.includes(d)) return { date: d, working: false, source: 'override' }
  if (cal.workdays.includes(d)) return { date: d, working: true, source: 'override' }
  const kind = officialDayKind(d)
  const wd = localWeekday(d)
  const weekday = wd >= 1 && wd <= 5
  if (kind === null) return { date: d, working: weekday, source: 'weekday' }
  const src = dataSourceForYear(year) === 'provisional' ? 'provisional' : 'data'
  return { date: d, working: kind === 'workday', source: src }
}

export function isWorkingDay(d: LocalDate, settings?: SettingsArg): boolean {
  return dayInfo(d, settings).working
}

/**
 * Whether a year's calendar is complete: shipped data, or declared complete by the admin.
 * Provisional years (statutory days only) and years without data are reported uncovered.
 */
export function calendarCoverage(year: number, settings?: SettingsArg): { covered: boolean; source: CoverageSource } {
  if (!Number.isInteger(year)) throw new RangeError(`年份必须是整数：${year}`)
  const source = dataSourceForYear(year)
  if (source === 'data') return { covered: true, source: 'data' }
  if (resolveSettings(settings).calendar.coveredYears.includes(year)) return { covered: true, source: 'override' }
  return { covered: false, source }
}

export interface WorkingDaysResult {
  due: Date
  rule: 'T4'
  /** local date of the due day */
  dueDate: LocalDate
  /** years the count passed through whose calendar is not complete (see calendarCoverage) */
  uncoveredYears: number[]
}

/** T4: end of the Nth working day strictly after the event's local date (n = 0: end of that day). */
export function addWorkingDaysDetailed(from: Date, n: number, settings?: SettingsArg): WorkingDaysResult {
  assertValidInstant(from, '事件时间')
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${n}`)
  const s = resolveSettings(settings)
  let d = toLocalDate(from, s)
  const touched = new Set<number>()
  for (let counted = 0; counted < n; ) {
    d = addLocalDays(d, 1)
    touched.add(Number(d.slice(0, 4)))
    if (isWorkingDay(d, s)) counted++
  }
  const uncoveredYears = [...touched].filter((y) => !calendarCoverage(y, s).covered).sort((a, b) => a - b)
  return { due: endOfLocalDay(d, s), rule: 'T4', dueDate: d, uncoveredYears }
}

/** SPEC §9: addWorkingDays(from, n, settings?) → Date. */
export function addWorkingDays(from: Date, n: number, settings?: DeepPartial<Settings>): Date {
  return addWorkingDaysDetailed(from, n, settings).due
}

/** The first working day strictly after d. */
export function nextWorkingDay(d: LocalDate, settings?: SettingsArg): LocalDate {
  let x = addLocalDays(d, 1)
  while (!isWorkingDay(x, settings)) x = addLocalDays(x, 1)
  return x
}

/** Chinese notice for the UI when a count used an incomplete calendar year. */
export function uncoveredYearsNotice(years: readonly number[]): string | null {
  if (years.length === 0) return null
  return years
    .map((y) =>
      dataSourceForYear(y) === 'provisional'
        ? `${y} 年调休安排未发布，暂按法定节日（无调休）计算，请管理员补录`
        : `${y} 年节假日数据未发布，按周一至周五计算，请管理员补录`,
    )
    .join('；')
}

/** Years the shipped calendar covers, for the admin's holiday page. */
export function shippedCalendarYears(): { data: { from: number; to: number }; provisional: number[] } {
  return { data: { ...DATA_YEARS }, provisional: Object.keys(PROVISIONAL).map(Number) }
}
