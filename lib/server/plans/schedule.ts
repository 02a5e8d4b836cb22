// Spreading a plan's visits over the working days of a month (V3): at most N a day, the routine visits in
// route order, visits with a deadline inside the month on or before it, phone visits only on days V5 allows.
// Pure: the calendar and phone rules come from lib/rules with the center's settings.
import { AppError } from '@/lib/errors'
import { addLocalDays, firstDayOfMonth, isWorkingDay, lastDayOfMonth, nextPhoneWindow, startOfLocalDay, toLocalDate, type LocalDate, type Settings } from '@/lib/rules'

/** The working days (T4 calendar with the center's overrides) of a month, from `from` on. */
export function workingDaysOf(month: string, settings: Settings, from?: LocalDate): LocalDate[] {
  const last = lastDayOfMonth(month)
  let d = firstDayOfMonth(month)
  if (from && from > d) d = from
  const out: LocalDate[] = []
  for (; d <= last; d = addLocalDays(d, 1)) if (isWorkingDay(d, settings)) out.push(d)
  return out
}

/** V5: a phone visit may be planned on a day that has an allowed window (not on Monday by default). */
export function phoneDayAllowed(d: LocalDate, settings: Settings): boolean {
  return toLocalDate(nextPhoneWindow(startOfLocalDay(d, settings), settings), settings) === d
}

export type ToPlace = { kind: 'home' | 'phone'; /** latest local date it may be planned on; none = any day of the month */ due?: LocalDate }

/**
 * `fixed` (a deadline inside the month) go first, each on the earliest day with room, on or before its deadline
 * when possible; `route` (already in route order) fill the days in that order, so walking the plan's home visits
 * day by day follows the route (phone calls sit on the nearest day V5 allows). The daily load is kept even (⌈total / days⌉) and raised only as far as needed, never above
 * maxPerDay. Returns a date per item, in the order given.
 */
export function spreadOverDays<T extends ToPlace>(opts: { days: LocalDate[]; fixed: T[]; route: T[]; maxPerDay: number; phoneOk: (d: LocalDate) => boolean }) {
  const { days, fixed, route, maxPerDay, phoneOk } = opts
  const total = fixed.length + route.length
  if (total === 0) return { fixed: [] as LocalDate[], route: [] as LocalDate[] }
  if (days.length === 0) throw new AppError('INVALID', '该月已没有可安排走访的工作日')
  if (total > maxPerDay * days.length) {
    throw new AppError('INVALID', `需要安排 ${total} 次走访，超过 ${days.length} 个工作日 × 每天最多 ${maxPerDay} 户，请调高每天上限`, {
      maxPerDay: [`至少需要每天 ${Math.ceil(total / days.length)} 户`],
    })
  }
  for (let quota = Math.min(maxPerDay, Math.ceil(total / days.length)); quota <= maxPerDay; quota++) {
    const r = tryQuota(quota)
    if (r) return r
  }
  throw new AppError('INVALID', `电话走访只能安排在允许的日子（V5），按每天最多 ${maxPerDay} 户排不下，请调高每天上限`, { maxPerDay: ['请调高每天上限'] })

  function tryQuota(quota: number) {
    const load = days.map(() => 0)
    const fits = (i: number, kind: ToPlace['kind'], cap: number) => load[i]! < cap && (kind !== 'phone' || phoneOk(days[i]!))
    const fixedDates: LocalDate[] = []
    const order = fixed.map((f, i) => ({ f, i })).sort((a, b) => (a.f.due ?? '9999').localeCompare(b.f.due ?? '9999') || a.i - b.i)
    const byIndex = new Map<number, LocalDate>()
    for (const { f, i } of order) {
      const beforeDue = (j: number) => !f.due || days[j]! <= f.due
      const pick = [
        (j: number) => beforeDue(j) && fits(j, f.kind, quota),
        (j: number) => beforeDue(j) && fits(j, f.kind, maxPerDay),
        (j: number) => fits(j, f.kind, maxPerDay),
      ]
        .map((ok) => days.findIndex((_, j) => ok(j)))
        .find((j) => j >= 0)
      if (pick === undefined) return null
      load[pick]!++
      byIndex.set(i, days[pick]!)
    }
    for (let i = 0; i < fixed.length; i++) fixedDates.push(byIndex.get(i)!)
    const routeDates: LocalDate[] = []
    let p = 0
    for (const item of route) {
      while (p < days.length && load[p]! >= quota) p++
      // Home visits walk the route day by day. A phone call needs no walking: it goes on the route's current
      // day when V5 allows a call that day, else on the next day that does, without holding the walk up.
      let at = p
      while (at < days.length && !fits(at, item.kind, quota)) at++
      if (at >= days.length) return null
      load[at]!++
      routeDates.push(days[at]!)
    }
    return { fixed: fixedDates, route: routeDates }
  }
}
