// §3.3: events that put a visit or call into the housekeeper's plan, with their due dates.
import { complaintCallbackDeadline } from './complaints'
import { reminderDates, promiseFollowUp } from './fees'
import { resolveSettings, type Settings } from './settings'
import {
  addLocalDays,
  addMonthsToLocalDate,
  assertValidInstant,
  diffLocalDays,
  endOfLocalDay,
  localWeekday,
  parseLocalDate,
  toLocalDate,
} from './time'
import type { DeepPartial, LocalDate, YearMonth } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

/** All §3.3 trigger keys, in the source's order (for the visit-purpose picker). */
export const TRIGGER_LABELS = Object.freeze({
  moveInWelcome: '入住欢迎拜访',
  moveInThreeMonths: '入住三个月回访',
  errand: '委托事项完成确认',
  repair: '急修/渗漏水维修回访',
  communityEvent: '社区活动邀请',
  wedding: '婚庆服务',
  bereavement: '丧事或重大不幸慰问',
  illness: '生病慰问',
  complaintHandled: '投诉处理完毕回访',
  feeCollection: '收费',
  satisfactionSurvey: '满意度调查',
  birth: '怀孕/添丁探访',
} as const)

export type TriggerKey = keyof typeof TRIGGER_LABELS

/** §3.3 item number of each trigger ('3.3-<n>'). Illness counts as "serious misfortune" (item 7). */
export const TRIGGER_RULES: Readonly<Record<TriggerKey, string>> = Object.freeze({
  moveInWelcome: '3.3-1',
  moveInThreeMonths: '3.3-2',
  errand: '3.3-3',
  repair: '3.3-4',
  communityEvent: '3.3-5',
  wedding: '3.3-6',
  bereavement: '3.3-7',
  illness: '3.3-7',
  complaintHandled: '3.3-8',
  feeCollection: '3.3-9',
  satisfactionSurvey: '3.3-10',
  birth: '3.3-11',
})

/** The event, as an instant or as a local date. */
type EventRef = { eventAt: Date; eventDate?: undefined } | { eventDate: LocalDate; eventAt?: undefined }

export type TriggerInput =
  | ({
      trigger:
        | 'moveInWelcome'
        | 'moveInThreeMonths'
        | 'errand'
        | 'communityEvent'
        | 'wedding'
        | 'bereavement'
        | 'illness'
        | 'birth'
        | 'complaintHandled'
    } & EventRef)
  | ({ trigger: 'satisfactionSurvey'; surveyEndDate: LocalDate } & Partial<EventRef>)
  | { trigger: 'feeCollection'; month: YearMonth; promisedDate?: LocalDate | null }

export interface TriggerTask {
  trigger: Exclude<TriggerKey, 'repair'>
  due: Date
  rule: string
  label: string
  /** the rule the date comes from when §3.3 defers to another section (C4, F2, F5) */
  sourceRule?: string
}

/**
 * The due of a triggered task. Urgent/leak repairs (3.3-4) come from repairCallbacks instead.
 * moveInWelcome: end of day +3; moveInThreeMonths: end of the Sunday of the Mon–Sun week holding
 * move-in + 3 months; errand: next day; communityEvent: end of the day before the event;
 * wedding/birth: +7 days; bereavement/illness: +3 days; complaintHandled: C4; satisfactionSurvey:
 * end of the survey's last day; feeCollection: F5 promise date when given, else the month's first F2 reminder.
 */
export function triggerTask(input: TriggerInput, settings?: SettingsArg): TriggerTask {
  const s = resolveSettings(settings)
  const t = s.triggers
  const trigger = input.trigger
  const rule = TRIGGER_RULES[trigger]
  const label = TRIGGER_LABELS[trigger]
  if (rule === undefined || (trigger as string) === 'repair') throw new TypeError(`未知或不适用的触发事项：${String(trigger)}`)
  const task = (due: Date, extra: { label?: string; sourceRule?: string } = {}): TriggerTask => ({
    trigger,
    due,
    rule,
    label: extra.label ?? label,
    ...(extra.sourceRule ? { sourceRule: extra.sourceRule } : {}),
  })
  const plusDays = (day: LocalDate, n: number) => endOfLocalDay(addLocalDays(day, n), s)

  switch (input.trigger) {
    case 'moveInWelcome':
      return task(plusDays(eventDay(input, s), t.moveInWelcomeDays), {
        label: `${label}（入住后 ${t.moveInWelcomeDays} 天内）`,
      })
    case 'moveInThreeMonths':
      return task(endOfLocalDay(sundayOfWeek(addMonthsToLocalDate(eventDay(input, s), t.moveInFollowUpMonths)), s), {
        label: `入住 ${t.moveInFollowUpMonths} 个月回访（满 ${t.moveInFollowUpMonths} 个月的那一周内）`,
      })
    case 'errand':
      return task(plusDays(eventDay(input, s), t.errandConfirmDays), {
        label: `${label}（${dayPhrase(t.errandConfirmDays)}）`,
      })
    case 'communityEvent':
      return task(plusDays(eventDay(input, s), -1), { label: `${label}（活动日前）` })
    case 'wedding':
      return task(plusDays(eventDay(input, s), t.weddingDays), { label: `${label}（${t.weddingDays} 天内）` })
    case 'bereavement':
      return task(plusDays(eventDay(input, s), t.bereavementDays), { label: `${label}（${t.bereavementDays} 天内）` })
    case 'illness':
      return task(plusDays(eventDay(input, s), t.illnessDays), { label: `${label}（${t.illnessDays} 天内）` })
    case 'birth':
      return task(plusDays(eventDay(input, s), t.birthDays), { label: `${label}（${t.birthDays} 天内）` })
    case 'complaintHandled': {
      const day = eventDay(input, s)
      // A bare date behaves like an instant on that date: C4 counts from the local date.
      const handledAt = input.eventAt ?? endOfLocalDay(day, s)
      const c4 = complaintCallbackDeadline({ handledAt }, s)
      return task(c4.due, { label: `${label}（${c4.label}）`, sourceRule: 'C4' })
    }
    case 'satisfactionSurvey': {
      parseLocalDate(input.surveyEndDate)
      if (input.eventAt !== undefined || input.eventDate !== undefined) {
        const start = eventDay(input as EventRef, s)
        if (diffLocalDays(input.surveyEndDate, start) < 0) throw new RangeError('调查结束日期早于开始日期')
      }
      return task(endOfLocalDay(input.surveyEndDate, s), { label: `${label}（调查期内）` })
    }
    case 'feeCollection': {
      if (input.promisedDate) {
        return task(promiseFollowUp({ promisedDate: input.promisedDate }, s).due, {
          label: `${label}：承诺缴费日跟进`,
          sourceRule: 'F5',
        })
      }
      const first = reminderDates(input.month, s)[0]!
      return task(endOfLocalDay(first, s), { label: `${label}：逐户催缴提醒（${first.slice(8)}日起）`, sourceRule: 'F2' })
    }
  }
}

function eventDay(input: EventRef, s: Settings): LocalDate {
  if (input.eventAt !== undefined) {
    assertValidInstant(input.eventAt, '事件时间')
    return toLocalDate(input.eventAt, s)
  }
  parseLocalDate(input.eventDate)
  return input.eventDate
}

/** The Sunday ending the Monday–Sunday week that holds d. */
export function sundayOfWeek(d: LocalDate): LocalDate {
  const wd = localWeekday(d)
  return addLocalDays(d, wd === 0 ? 0 : 7 - wd)
}

function dayPhrase(n: number): string {
  return n === 1 ? '次日' : `${n} 天内`
}
