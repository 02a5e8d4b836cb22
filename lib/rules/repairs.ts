// §3.1 callback table (C1) and the rain-triggered revisit after leak repairs (C2).
import { resolveSettings, type Settings } from './settings'
import {
  addLocalDays,
  assertValidInstant,
  calendarDaysDeadline,
  diffLocalDays,
  endOfLocalDay,
  hoursDeadline,
  isLocalDate,
  toLocalDate,
} from './time'
import type { DeepPartial, LocalDate, RepairCategory } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

export const REPAIR_CATEGORIES: readonly RepairCategory[] = Object.freeze([
  'urgent',
  'leak',
  'safety',
  'pipe',
  'appliance',
  'tv',
  'wallCrack',
  'other',
])

export const REPAIR_CATEGORY_LABELS: Readonly<Record<RepairCategory, string>> = Object.freeze({
  urgent: '急修',
  leak: '房屋渗漏水',
  safety: '安全隐患',
  pipe: '管道堵塞或漏水',
  appliance: '家用电器',
  tv: '电视信号',
  wallCrack: '非危险性墙体裂缝',
  other: '其他维修',
})

export type RepairCallbackKey =
  | 'urgent-24h'
  | 'leak-next-day'
  | 'leak-after-rain'
  | 'safety-7d'
  | 'safety-severe-second'
  | 'pipe-next-day'
  | 'appliance-next-day'
  | 'tv-next-day'
  | 'wall-crack-5d'
  | 'wall-crack-30d'
  | 'other-7d'

export interface RepairCallback {
  key: RepairCallbackKey
  /** null only for a rain revisit still waiting for rain (C2) */
  due: Date | null
  waitingForRain: boolean
  rule: 'C1' | 'C2'
  label: string
  /** C2: the rain day that triggered the revisit */
  rainDay?: LocalDate
}

export interface RepairCallbacksInput {
  category: RepairCategory
  completedAt: Date
  /** local dates with recorded rain; unsorted and duplicates are fine (Dates are read as their local date) */
  rainDays: ReadonlyArray<LocalDate | Date>
  urgent?: boolean
  severe?: boolean
}

/** SPEC §9: the callbacks a completed repair needs, ordered by due (waiting-for-rain last). */
export function repairCallbacks(input: RepairCallbacksInput, settings?: DeepPartial<Settings>): RepairCallback[] {
  const s = resolveSettings(settings)
  const { category, completedAt } = input
  assertValidInstant(completedAt, '维修完成时间')
  if (!REPAIR_CATEGORIES.includes(category)) throw new TypeError(`未知的维修类别：${String(category)}`)
  const rc = s.repairCallbacks
  const days = (key: RepairCallbackKey, n: number): RepairCallback => ({
    key,
    due: calendarDaysDeadline(completedAt, n, s),
    waitingForRain: false,
    rule: 'C1',
    label: repairCallbackLabel(key, s),
  })

  const out: RepairCallback[] = []
  if (category === 'urgent' || input.urgent === true) {
    out.push({
      key: 'urgent-24h',
      due: hoursDeadline(completedAt, rc.urgentHours),
      waitingForRain: false,
      rule: 'C1',
      label: repairCallbackLabel('urgent-24h', s),
    })
  }
  switch (category) {
    case 'leak':
      out.push(days('leak-next-day', rc.leakNextDays), rainRevisit(completedAt, input.rainDays ?? [], s))
      break
    case 'safety':
      out.push(days('safety-7d', rc.safetyDays))
      if (input.severe === true) {
        out.push(days('safety-severe-second', rc.safetyDays + rc.safetySevereSecondAfterDays))
      }
      break
    case 'pipe':
      out.push(days('pipe-next-day', rc.pipeDays))
      break
    case 'appliance':
      out.push(days('appliance-next-day', rc.applianceDays))
      break
    case 'tv':
      out.push(days('tv-next-day', rc.tvDays))
      break
    case 'wallCrack':
      out.push(days('wall-crack-5d', rc.wallCrackFirstDays), days('wall-crack-30d', rc.wallCrackSecondDays))
      break
    case 'other':
      out.push(days('other-7d', rc.otherDays))
      break
    case 'urgent':
      break
  }
  // Stable sort keeps table order for equal dues.
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => dueOrder(a.c.due, b.c.due) || a.i - b.i)
    .map(({ c }) => c)
}

function dueOrder(a: Date | null, b: Date | null): number {
  if (a === null && b === null) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a.getTime() - b.getTime()
}

/** C2: first rain day strictly after the completion's local date; due at the end of the following day. */
function rainRevisit(completedAt: Date, rainDays: ReadonlyArray<LocalDate | Date>, s: Settings): RepairCallback {
  const completedOn = toLocalDate(completedAt, s)
  const first = rainDays
    .map((r) => normalizeRainDay(r, s))
    .filter((d) => diffLocalDays(d, completedOn) > 0)
    .sort()[0]
  const base = { key: 'leak-after-rain' as const, rule: 'C2' as const, label: repairCallbackLabel('leak-after-rain', s) }
  if (first === undefined) return { ...base, due: null, waitingForRain: true }
  return {
    ...base,
    due: endOfLocalDay(addLocalDays(first, s.repairCallbacks.rainRevisitDaysAfterRain), s),
    waitingForRain: false,
    rainDay: first,
  }
}

function normalizeRainDay(r: LocalDate | Date, s: Settings): LocalDate {
  if (r instanceof Date) return toLocalDate(r, s)
  if (!isLocalDate(r)) throw new RangeError(`雨天日期无效：${String(r)}（应为 YYYY-MM-DD）`)
  return r
}

/** C2 display: whole local days since completion ("等雨中，已 N 天"); never negative. */
export function rainWaitAgeDays(completedAt: Date, now: Date, settings?: SettingsArg): number {
  const s = resolveSettings(settings)
  return Math.max(0, diffLocalDays(toLocalDate(now, s), toLocalDate(completedAt, s)))
}

export function repairCallbackLabel(key: RepairCallbackKey | string, settings?: SettingsArg): string {
  const rc = resolveSettings(settings).repairCallbacks
  const day = (n: number) => (n === 1 ? '次日' : `${n} 天内`)
  switch (key) {
    case 'urgent-24h':
      return `急修回访（完成后 ${rc.urgentHours} 小时内）`
    case 'leak-next-day':
      return `渗漏水维修回访（${day(rc.leakNextDays)}）`
    case 'leak-after-rain':
      return `雨后回访（首个雨天后${day(rc.rainRevisitDaysAfterRain)}）`
    case 'safety-7d':
      return `安全隐患回访（${rc.safetyDays} 天内）`
    case 'safety-severe-second':
      return `严重安全隐患第二次回访（首次回访后 ${rc.safetySevereSecondAfterDays} 天）`
    case 'pipe-next-day':
      return `管道维修回访（${day(rc.pipeDays)}）`
    case 'appliance-next-day':
      return `家电维修回访（${day(rc.applianceDays)}）`
    case 'tv-next-day':
      return `电视信号维修回访（${day(rc.tvDays)}）`
    case 'wall-crack-5d':
      return `墙体裂缝第一次回访（${rc.wallCrackFirstDays} 天内）`
    case 'wall-crack-30d':
      return `墙体裂缝第二次回访（${rc.wallCrackSecondDays} 天内）`
    case 'other-7d':
      return `维修回访（${rc.otherDays} 天内）`
    default:
      return key
  }
}
