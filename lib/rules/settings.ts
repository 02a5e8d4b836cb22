// Every number of SPEC.md is a per-center setting (SPEC preamble); defaults are the SPEC values.
import { z } from 'zod'
import type { ComplaintChannel, DeepPartial, LocalDate, LocalTime } from './types'

export interface PhoneWindow {
  start: LocalTime
  end: LocalTime
}

export interface Settings {
  /** T1 */
  timeZone: string
  /** R1: clock hours from registration */
  replyHours: { urgent: number; general: number }
  /** R2: working days from "handling done" */
  resultReplyWorkingDays: { oral: number; written: number }
  /** R2: channels whose complaints count as received in writing; all others are oral */
  writtenChannels: ComplaintChannel[]
  /** §3.1 table (C1) and the rain revisit (C2); days are calendar days (T3) */
  repairCallbacks: {
    urgentHours: number
    leakNextDays: number
    rainRevisitDaysAfterRain: number
    safetyDays: number
    safetySevereSecondAfterDays: number
    pipeDays: number
    applianceDays: number
    tvDays: number
    wallCrackFirstDays: number
    wallCrackSecondDays: number
    otherDays: number
  }
  /** §3.1 "fix target" column: shown to technicians, not used for callbacks */
  repairFixTargets: {
    leakHandleDays: number
    tvDays: number
    wallCrackDays: number
    generalFixDays: number
    majorReplyDays: number
    majorFixMinDays: number
    majorFixMaxDays: number
  }
  /** C4 */
  complaintCallbackDays: number
  /** P5/P7 */
  escalation: {
    level1HouseholdsAffected: number
    level2HouseholdsAffected: number
    repeatWindowDays: number
    level2PriorSameMatter: number
    level3PriorSameMatter: number
    /** P7: missed deadlines alone never raise a complaint above this level */
    missedDeadlineCeilingLevel: number
  }
  /** P8 */
  targets: { handledPercent: number; calledBackPercent: number; maxMonthlyComplaintRatePercent: number }
  /** D1 */
  frontDesk: { answerWithinRings: number; onSiteWithinMinutes: number }
  /** UI: amber when less than this fraction of the time is left */
  deadlineWarnFraction: number
  /** V5 */
  phone: { forbiddenWeekdays: number[]; windows: PhoneWindow[] }
  /** V6 */
  visits: { firstVisitMinMinutes: number; firstVisitMaxMinutes: number }
  /** §3.3 */
  triggers: {
    moveInWelcomeDays: number
    moveInFollowUpMonths: number
    errandConfirmDays: number
    bereavementDays: number
    weddingDays: number
    birthDays: number
    illnessDays: number
  }
  /** V4 */
  manager: {
    committeeChairEveryMonths: number
    keyAttentionEveryMonths: number
    communityOfficeEveryMonths: number
    housingBureauEveryMonths: number
  }
  /** F1–F6 */
  fees: {
    billDueDay: number
    reminderDays: number[]
    arrearsListDay: number
    lateFeeDailyRate: number
    dunningLetterQuietDays: number
    lawyerLetterMinMonthsOverdue: number
    lawyerLetterMinLetters: number
    lawyerLetterPaymentDays: number
  }
  /** T4 per-center overrides */
  calendar: {
    /** extra days off (win over the shipped data) */
    holidays: LocalDate[]
    /** extra working days, e.g. make-up days of a year not yet shipped */
    workdays: LocalDate[]
    /** years the admin declares complete (stops the "data missing" notice) */
    coveredYears: number[]
  }
}

export const defaultSettings: Settings = deepFreeze({
  timeZone: 'Asia/Shanghai',
  replyHours: { urgent: 24, general: 48 },
  resultReplyWorkingDays: { oral: 1, written: 3 },
  writtenChannels: ['letter', 'online', 'media', 'authority'],
  repairCallbacks: {
    urgentHours: 24,
    leakNextDays: 1,
    rainRevisitDaysAfterRain: 1,
    safetyDays: 7,
    safetySevereSecondAfterDays: 7,
    pipeDays: 1,
    applianceDays: 1,
    tvDays: 1,
    wallCrackFirstDays: 5,
    wallCrackSecondDays: 30,
    otherDays: 7,
  },
  repairFixTargets: {
    leakHandleDays: 2,
    tvDays: 2,
    wallCrackDays: 3,
    generalFixDays: 3,
    majorReplyDays: 3,
    majorFixMinDays: 7,
    majorFixMaxDays: 15,
  },
  complaintCallbackDays: 7,
  escalation: {
    level1HouseholdsAffected: 30,
    level2HouseholdsAffected: 10,
    repeatWindowDays: 30,
    level2PriorSameMatter: 2,
    level3PriorSameMatter: 1,
    missedDeadlineCeilingLevel: 2,
  },
  targets: { handledPercent: 100, calledBackPercent: 100, maxMonthlyComplaintRatePercent: 1 },
  frontDesk: { answerWithinRings: 3, onSiteWithinMinutes: 3 },
  deadlineWarnFraction: 0.25,
  phone: {
    forbiddenWeekdays: [1],
    windows: [
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '17:30' },
      { start: '19:00', end: '21:00' },
    ],
  },
  visits: { firstVisitMinMinutes: 20, firstVisitMaxMinutes: 30 },
  triggers: {
    moveInWelcomeDays: 3,
    moveInFollowUpMonths: 3,
    errandConfirmDays: 1,
    bereavementDays: 3,
    weddingDays: 7,
    birthDays: 7,
    illnessDays: 3,
  },
  manager: {
    committeeChairEveryMonths: 1,
    keyAttentionEveryMonths: 1,
    communityOfficeEveryMonths: 2,
    housingBureauEveryMonths: 3,
  },
  fees: {
    billDueDay: 15,
    reminderDays: [5, 10, 15, 20, 25],
    arrearsListDay: 15,
    lateFeeDailyRate: 0.003,
    dunningLetterQuietDays: 7,
    lawyerLetterMinMonthsOverdue: 3,
    lawyerLetterMinLetters: 2,
    lawyerLetterPaymentDays: 14,
  },
  calendar: { holidays: [], workdays: [], coveredYears: [] },
} satisfies Settings)

// ---------- validation (admin form / before saving) ----------

const int = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what}必须是数字` })
    .int({ error: `${what}必须是整数` })
    .min(min, { error: `${what}不能小于 ${min}` })
    .max(max, { error: `${what}不能大于 ${max}` })

const days = (what: string, min = 0) => int(min, 366, what)
const TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/
const DATE_RE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/

const localDate = z
  .string()
  .regex(DATE_RE, { error: '日期格式应为 YYYY-MM-DD' })
  .refine(isRealDate, { error: '日期不存在' })

const time = z.string().regex(TIME_RE, { error: '时间格式应为 HH:MM（00:00–24:00）' })

const channel = z.enum(['phone', 'walkIn', 'letter', 'visit', 'media', 'authority', 'online'], {
  error: '未知的投诉渠道',
})

export const settingsSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, { error: '无效的时区名称（例如 Asia/Shanghai）' }),
    replyHours: z.object({
      urgent: int(1, 720, '紧急问题答复时限（小时）'),
      general: int(1, 720, '一般问题答复时限（小时）'),
    }),
    resultReplyWorkingDays: z.object({
      oral: int(0, 30, '口头投诉结果回复（工作日）'),
      written: int(0, 30, '书面投诉结果回复（工作日）'),
    }),
    writtenChannels: z.array(channel).refine(unique, { error: '书面渠道不能重复' }),
    repairCallbacks: z.object({
      urgentHours: int(1, 720, '急修回访时限（小时）'),
      leakNextDays: days('渗漏水次日回访（天）'),
      rainRevisitDaysAfterRain: days('雨后回访（天）'),
      safetyDays: days('安全隐患回访（天）'),
      safetySevereSecondAfterDays: days('严重安全隐患第二次回访间隔（天）', 1),
      pipeDays: days('管道回访（天）'),
      applianceDays: days('家电回访（天）'),
      tvDays: days('电视信号回访（天）'),
      wallCrackFirstDays: days('墙体裂缝第一次回访（天）'),
      wallCrackSecondDays: days('墙体裂缝第二次回访（天）'),
      otherDays: days('其他维修回访（天）'),
    }),
    repairFixTargets: z.object({
      leakHandleDays: days('渗漏水处理时限（天）'),
      tvDays: days('电视信号修复时限（天）'),
      wallCrackDays: days('墙体裂缝修复时限（天）'),
      generalFixDays: days('一般维修完成时限（天）'),
      majorReplyDays: days('大修答复时限（天）'),
      majorFixMinDays: days('大修完成最短（天）'),
      majorFixMaxDays: days('大修完成最长（天）'),
    }),
    complaintCallbackDays: days('投诉回访时限（天）'),
    escalation: z.object({
      level1HouseholdsAffected: int(1, 100000, '一级投诉影响户数'),
      level2HouseholdsAffected: int(1, 100000, '二级投诉影响户数'),
      repeatWindowDays: days('重复投诉统计期（天）', 1),
      level2PriorSameMatter: int(1, 100, '二级投诉：此前同一事项投诉次数'),
      level3PriorSameMatter: int(1, 100, '三级投诉：此前同一事项投诉次数'),
      missedDeadlineCeilingLevel: int(1, 4, '错过期限最多升至的级别'),
    }),
    targets: z.object({
      handledPercent: int(0, 100, '投诉处理率目标（%）'),
      calledBackPercent: int(0, 100, '投诉回访率目标（%）'),
      maxMonthlyComplaintRatePercent: z
        .number({ error: '月投诉率上限必须是数字' })
        .min(0, { error: '月投诉率上限不能小于 0' })
        .max(100, { error: '月投诉率上限不能大于 100' }),
    }),
    frontDesk: z.object({
      answerWithinRings: int(1, 20, '接听响铃次数'),
      onSiteWithinMinutes: int(1, 120, '到场时限（分钟）'),
    }),
    deadlineWarnFraction: z
      .number({ error: '预警比例必须是数字' })
      .gt(0, { error: '预警比例必须大于 0' })
      .lt(1, { error: '预警比例必须小于 1' }),
    phone: z.object({
      forbiddenWeekdays: z
        .array(int(0, 6, '禁止电话回访的星期（0=周日…6=周六）'))
        .max(6, { error: '一周至少要有一天可以电话回访' })
        .refine(unique, { error: '星期不能重复' }),
      windows: z
        .array(
          z
            .object({ start: time, end: time })
            .refine((w) => toMinutes(w.start) < toMinutes(w.end), { error: '时段的结束时间必须晚于开始时间' }),
        )
        .min(1, { error: '至少需要一个电话回访时段' }),
    }),
    visits: z
      .object({
        firstVisitMinMinutes: int(1, 600, '首次拜访最短时长（分钟）'),
        firstVisitMaxMinutes: int(1, 600, '首次拜访最长时长（分钟）'),
      })
      .refine((v) => v.firstVisitMinMinutes <= v.firstVisitMaxMinutes, {
        error: '首次拜访最短时长不能大于最长时长',
      }),
    triggers: z.object({
      moveInWelcomeDays: days('入住欢迎拜访（天）'),
      moveInFollowUpMonths: int(1, 24, '入住后回访（月）'),
      errandConfirmDays: days('委托事项确认（天）'),
      bereavementDays: days('慰问拜访（天）'),
      weddingDays: days('婚庆服务拜访（天）'),
      birthDays: days('添丁拜访（天）'),
      illnessDays: days('探病拜访（天）'),
    }),
    manager: z.object({
      committeeChairEveryMonths: int(1, 12, '业委会主任拜访周期（月）'),
      keyAttentionEveryMonths: int(1, 12, '重点关注住户拜访周期（月）'),
      communityOfficeEveryMonths: int(1, 12, '社区拜访周期（月）'),
      housingBureauEveryMonths: int(1, 12, '房管局拜访周期（月）'),
    }),
    fees: z.object({
      billDueDay: int(1, 31, '缴费截止日'),
      reminderDays: z
        .array(int(1, 31, '催缴提醒日'))
        .min(1, { error: '至少需要一个催缴提醒日' })
        .refine(unique, { error: '催缴提醒日不能重复' }),
      arrearsListDay: int(1, 31, '欠费名单编制日'),
      lateFeeDailyRate: z
        .number({ error: '滞纳金日费率必须是数字' })
        .min(0, { error: '滞纳金日费率不能小于 0' })
        .max(0.01, { error: '滞纳金日费率不能大于 1%（10‰）' }),
      dunningLetterQuietDays: days('催费函发出后静默期（天）'),
      lawyerLetterMinMonthsOverdue: int(0, 120, '发律师函所需欠费月数'),
      lawyerLetterMinLetters: int(0, 20, '发律师函所需催费函份数'),
      lawyerLetterPaymentDays: days('律师函缴费期限（天）', 1),
    }),
    calendar: z
      .object({
        holidays: z.array(localDate),
        workdays: z.array(localDate),
        coveredYears: z.array(int(1990, 2200, '年份')),
      })
      .refine((c) => !c.holidays.some((d) => c.workdays.includes(d)), {
        error: '同一天不能既是休息日又是工作日',
      }),
  })
  .refine((s) => s.escalation.level2HouseholdsAffected <= s.escalation.level1HouseholdsAffected, {
    error: '二级投诉影响户数不能大于一级投诉影响户数',
    path: ['escalation', 'level2HouseholdsAffected'],
  })
  .refine((s) => s.escalation.level3PriorSameMatter <= s.escalation.level2PriorSameMatter, {
    error: '三级投诉的重复次数不能大于二级投诉的重复次数',
    path: ['escalation', 'level3PriorSameMatter'],
  })
  .refine((s) => s.repairFixTargets.majorFixMinDays <= s.repairFixTargets.majorFixMaxDays, {
    error: '大修完成最短天数不能大于最长天数',
    path: ['repairFixTargets', 'majorFixMinDays'],
  })

/** Validates a complete settings object (e.g. the merged admin form) and returns it typed. */
export function validateSettings(input: unknown): Settings {
  return settingsSchema.parse(input) as Settings
}

// ---------- resolution ----------

// Keyed by the caller's partial object: the same object resolves once. Callers must not
// mutate a partial after passing it (resolved results are frozen, so sharing them is safe).
const cache = new WeakMap<object, Settings>()
// Objects this function produced: passing one back in (internal calls do) costs nothing.
const resolved = new WeakSet<object>()

/**
 * Deep-merges a partial onto the defaults (arrays replaced, unknown keys ignored).
 * Does not validate: use validateSettings before saving admin input.
 */
export function resolveSettings(partial?: DeepPartial<Settings> | Settings | null): Settings {
  if (partial == null) return defaultSettings
  if (partial === defaultSettings || resolved.has(partial)) return partial as Settings
  const hit = cache.get(partial)
  if (hit) return hit
  const merged = deepFreeze(mergeInto(defaultSettings, partial) as Settings)
  cache.set(partial, merged)
  resolved.add(merged)
  return merged
}

function mergeInto(base: unknown, over: unknown): unknown {
  if (over === undefined) return base
  if (Array.isArray(base)) return Array.isArray(over) ? over.map(clone) : base
  if (isPlainObject(base)) {
    if (!isPlainObject(over)) return base
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(base)) out[key] = mergeInto(base[key], over[key])
    return out
  }
  return over
}

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone)
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]))
  return v
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v)
    for (const x of Object.values(v)) deepFreeze(x)
  }
  return v
}

function unique(xs: readonly unknown[]): boolean {
  return new Set(xs).size === xs.length
}

function toMinutes(t: string): number {
  const [h, m] = t.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

function isRealDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, day))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}
