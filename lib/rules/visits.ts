// V1–V4: which households still need a visit in a month, the route order of a plan,
// and the center manager's own institutional visits.
import { triggerTask } from './triggers'
import { resolveSettings, type Settings } from './settings'
import {
  assertValidInstant,
  diffLocalDays,
  endOfLocalDay,
  firstDayOfMonth,
  lastDayOfMonth,
  monthBlock,
  parseLocalDate,
  parseYearMonth,
  toLocalDate,
  yearMonthOf,
  addLocalDays,
} from './time'
import type { DeepPartial, LocalDate, VisitKind, YearMonth } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined
type Id = string | number

export interface RouteKey {
  building: string | number
  unit: string | number
  floor: string | number
  room: string | number
}

export interface PlanHousehold extends RouteKey {
  id: Id
  occupancy: 'occupied' | 'notMovedIn'
  moveInDate?: LocalDate | null
}

export interface VisitRecord {
  householdId: Id
  at: Date
  kind: VisitKind
}

export type VisitRequirementRule = 'V1' | 'V2' | '3.3-1' | '3.3-2'

export interface VisitRequirement extends RouteKey {
  householdId: Id
  /** 'visit' = home or phone unless acceptedKinds says otherwise; 'phoneVisit' = a phone visit */
  need: 'visit' | 'phoneVisit'
  rule: VisitRequirementRule
  due: Date
  reason: string
  acceptedKinds: VisitKind[]
  /** other requirements of the month that the same visit settles */
  alsoCovers: Array<{ rule: VisitRequirementRule; due: Date; reason: string }>
  /** only when `now` was given */
  overdue?: boolean
}

interface Req {
  need: 'visit' | 'phoneVisit'
  rule: VisitRequirementRule
  due: Date
  reason: string
  acceptedKinds: VisitKind[]
}

const RULE_PRIORITY: Record<VisitRequirementRule, number> = { '3.3-1': 0, '3.3-2': 1, V1: 2, V2: 3 }

/**
 * One entry per household that still needs something in the month, in route order.
 * V1: occupied, no visit (home or phone) in the calendar month → due end of month.
 * V2: not moved in, no phone visit in the calendar quarter → due end of quarter.
 * 3.3-1 / 3.3-2 (occupied households with a move-in date): when their due falls in the month and
 * no qualifying visit happened in their window (welcome: a home visit from move-in to due;
 * three months: any visit in that Mon–Sun week). The most urgent requirement leads the entry.
 */
export function visitRequirements(
  input: { month: YearMonth; households: readonly PlanHousehold[]; visits: readonly VisitRecord[]; now?: Date },
  settings?: SettingsArg,
): VisitRequirement[] {
  const s = resolveSettings(settings)
  const { month, now } = input
  parseYearMonth(month)
  if (now !== undefined) assertValidInstant(now, '当前时间')
  const first = firstDayOfMonth(month)
  const last = lastDayOfMonth(month)
  const quarter = monthBlock(month, 3)
  const qFirst = firstDayOfMonth(quarter.first)
  const qLast = lastDayOfMonth(quarter.last)

  const byHousehold = new Map<string, Array<{ day: LocalDate; kind: VisitKind }>>()
  for (const v of input.visits) {
    assertValidInstant(v.at, '走访时间')
    const key = String(v.householdId)
    const list = byHousehold.get(key) ?? []
    list.push({ day: toLocalDate(v.at, s), kind: v.kind })
    byHousehold.set(key, list)
  }
  const inRange = (d: LocalDate, from: LocalDate, to: LocalDate) => diffLocalDays(d, from) >= 0 && diffLocalDays(to, d) >= 0

  const out: VisitRequirement[] = []
  for (const h of input.households) {
    const visits = byHousehold.get(String(h.id)) ?? []
    const visited = (from: LocalDate, to: LocalDate, kinds: readonly VisitKind[]) =>
      visits.some((v) => kinds.includes(v.kind) && inRange(v.day, from, to))
    const reqs: Req[] = []
    const moveIn = h.occupancy === 'occupied' && h.moveInDate ? h.moveInDate : null
    if (moveIn) parseLocalDate(moveIn)

    if (moveIn) {
      const welcome = triggerTask({ trigger: 'moveInWelcome', eventDate: moveIn }, s)
      const welcomeDay = toLocalDate(welcome.due, s)
      if (yearMonthOf(welcomeDay) === month && !visited(moveIn, welcomeDay, ['home'])) {
        reqs.push({ need: 'visit', rule: '3.3-1', due: welcome.due, reason: `入住欢迎上门拜访（入住日 ${moveIn}）`, acceptedKinds: ['home'] })
      }
      const three = triggerTask({ trigger: 'moveInThreeMonths', eventDate: moveIn }, s)
      const sunday = toLocalDate(three.due, s)
      if (yearMonthOf(sunday) === month && !visited(addLocalDays(sunday, -6), sunday, ['home', 'phone'])) {
        reqs.push({ need: 'visit', rule: '3.3-2', due: three.due, reason: three.label, acceptedKinds: ['home', 'phone'] })
      }
    }
    const occupiedThisMonth = h.occupancy === 'occupied' && (!h.moveInDate || diffLocalDays(h.moveInDate, last) <= 0)
    if (occupiedThisMonth && !visited(first, last, ['home', 'phone'])) {
      reqs.push({ need: 'visit', rule: 'V1', due: endOfLocalDay(last, s), reason: '本月尚未走访（上门或电话）', acceptedKinds: ['home', 'phone'] })
    }
    if (h.occupancy === 'notMovedIn' && !visited(qFirst, qLast, ['phone'])) {
      reqs.push({ need: 'phoneVisit', rule: 'V2', due: endOfLocalDay(qLast, s), reason: '未入住业主本季度尚未电话回访', acceptedKinds: ['phone'] })
    }
    if (reqs.length === 0) continue
    reqs.sort((a, b) => a.due.getTime() - b.due.getTime() || RULE_PRIORITY[a.rule] - RULE_PRIORITY[b.rule])
    const [lead, ...rest] = reqs as [Req, ...Req[]]
    out.push({
      householdId: h.id,
      building: h.building,
      unit: h.unit,
      floor: h.floor,
      room: h.room,
      ...lead,
      alsoCovers: rest.map(({ rule, due, reason }) => ({ rule, due, reason })),
      ...(now !== undefined ? { overdue: now.getTime() > lead.due.getTime() } : {}),
    })
  }
  return routeOrder(out)
}

/** V3: building → unit → floor → room, numbers compared as numbers ('2栋' before '10栋'); stable. */
export function routeOrder<T extends RouteKey>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        compareRoutePart(a.item.building, b.item.building) ||
        compareRoutePart(a.item.unit, b.item.unit) ||
        compareRoutePart(a.item.floor, b.item.floor) ||
        compareRoutePart(a.item.room, b.item.room) ||
        a.i - b.i,
    )
    .map(({ item }) => item)
}

function compareRoutePart(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return naturalCompare(String(a), String(b))
}

/** Digit runs compare by value, everything else by code unit: deterministic on every runtime. */
export function naturalCompare(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? []
  const tb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i]!
    const y = tb[i]!
    if (x === y) continue
    const dx = /^\d/.test(x)
    const dy = /^\d/.test(y)
    if (dx && dy) {
      const nx = x.replace(/^0+(?=\d)/, '')
      const ny = y.replace(/^0+(?=\d)/, '')
      if (nx.length !== ny.length) return nx.length - ny.length
      if (nx !== ny) return nx < ny ? -1 : 1
      return x.length - y.length
    }
    return x < y ? -1 : 1
  }
  return ta.length - tb.length
}

// ---------- V4 center manager ----------

export type ManagerTarget = 'committeeChair' | 'keyAttention' | 'communityOffice' | 'housingBureau'

export const MANAGER_TARGET_LABELS: Readonly<Record<ManagerTarget, string>> = Object.freeze({
  committeeChair: '业委会主任',
  keyAttention: '重点关注住户',
  communityOffice: '社区居委会',
  housingBureau: '房管局物管科',
})

export interface ManagerPlanItem {
  target: ManagerTarget
  rule: 'V4'
  due: Date
  label: string
  /** keyAttention: households to choose from, least recently visited first */
  candidates?: Id[]
}

/**
 * V4: each target has a period of k months, in blocks anchored at January (k=2: Jan–Feb,
 * Mar–Apr, …; k=3: quarters). A target is listed while no visit falls in the block holding
 * `month`; it is due at the end of the block.
 */
export function managerPlanRequirements(
  input: {
    month: YearMonth
    hasOwnersCommittee: boolean
    keyAttentionHouseholdIds: readonly Id[]
    done: {
      committeeChair?: readonly LocalDate[]
      keyAttention?: ReadonlyArray<{ householdId: Id; date: LocalDate }>
      communityOffice?: readonly LocalDate[]
      housingBureau?: readonly LocalDate[]
    }
  },
  settings?: SettingsArg,
): ManagerPlanItem[] {
  const s = resolveSettings(settings)
  const m = s.manager
  const { month, done } = input
  parseYearMonth(month)
  const out: ManagerPlanItem[] = []
  const check = (target: ManagerTarget, everyMonths: number, dates: readonly LocalDate[]): boolean => {
    const block = monthBlock(month, everyMonths)
    const from = firstDayOfMonth(block.first)
    const to = lastDayOfMonth(block.last)
    if (dates.some((d) => diffLocalDays(d, from) >= 0 && diffLocalDays(to, d) >= 0)) return false
    const period = everyMonths === 1 ? '每月' : everyMonths === 3 ? '每季度' : `每 ${everyMonths} 个月`
    out.push({ target, rule: 'V4', due: endOfLocalDay(to, s), label: `${period}拜访${MANAGER_TARGET_LABELS[target]}` })
    return true
  }
  if (input.hasOwnersCommittee) check('committeeChair', m.committeeChairEveryMonths, done.committeeChair ?? [])
  if (input.keyAttentionHouseholdIds.length > 0) {
    const visits = done.keyAttention ?? []
    if (check('keyAttention', m.keyAttentionEveryMonths, visits.map((v) => v.date))) {
      const lastVisit = (id: Id) =>
        visits
          .filter((v) => String(v.householdId) === String(id))
          .map((v) => v.date)
          .sort()
          .at(-1) ?? ''
      out[out.length - 1]!.candidates = input.keyAttentionHouseholdIds
        .map((id, i) => ({ id, i, last: lastVisit(id) }))
        .sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : a.i - b.i))
        .map((x) => x.id)
    }
  }
  check('communityOffice', m.communityOfficeEveryMonths, done.communityOffice ?? [])
  check('housingBureau', m.housingBureauEveryMonths, done.housingBureau ?? [])
  return out.sort((a, b) => a.due.getTime() - b.due.getTime())
}

/** V6: a first home visit should last firstVisitMin–firstVisitMax minutes (20–30). */
export function isFirstVisitDurationOk(minutes: number, settings?: SettingsArg): boolean {
  const v = resolveSettings(settings).visits
  return Number.isFinite(minutes) && minutes >= v.firstVisitMinMinutes && minutes <= v.firstVisitMaxMinutes
}
