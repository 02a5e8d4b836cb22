// C4 (complaint callback), P5–P7 (escalation level, major complaints, missed-deadline raise),
// and the per-complaint deadline list used to count missed deadlines.
import { replyDeadlineInfo, resultReplyDeadlineInfo, assertChannel } from './replies'
import { resolveSettings, type Settings } from './settings'
import { assertValidInstant, calendarDaysDeadline } from './time'
import type { ComplaintChannel, ComplaintLevel, ComplaintNature, DeepPartial, Urgency } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

export type LeadRole =
  | 'generalManager'
  | 'projectManager'
  | 'qualityHead'
  | 'customerServiceHead'
  | 'engineeringHead'
  | 'owner'
  | 'centerManager'
  | 'chiefHousekeeper'
  | 'departmentHead'
  | 'housekeeper'

export const LEAD_LABELS: Readonly<Record<LeadRole, string>> = Object.freeze({
  generalManager: '公司总经理',
  projectManager: '项目经理',
  qualityHead: '品质部负责人',
  customerServiceHead: '客服部负责人',
  engineeringHead: '工程部负责人',
  owner: '客服人员（受理人）',
  centerManager: '中心经理',
  chiefHousekeeper: '大管家',
  departmentHead: '责任部门负责人',
  housekeeper: '管家',
})

export const LEVEL_LABELS: Readonly<Record<ComplaintLevel, string>> = Object.freeze({
  1: '一级',
  2: '二级',
  3: '三级',
  4: '四级',
})

const LEADS: Readonly<Record<ComplaintLevel, readonly LeadRole[]>> = {
  1: ['generalManager'],
  2: ['projectManager'],
  3: ['qualityHead', 'customerServiceHead', 'engineeringHead'],
  4: ['owner'],
}

const JOINT_VISIT: readonly LeadRole[] = ['centerManager', 'chiefHousekeeper', 'departmentHead', 'housekeeper']

/**
 * P5: earlier complaints on the same matter count when registered within the repeat window before `at`
 * (default 30 days, measured as 30 × 24 hours back from the new registration).
 */
export function repeatWindowStart(at: Date, settings?: DeepPartial<Settings>): Date {
  assertValidInstant(at, '登记时间')
  return new Date(at.getTime() - resolveSettings(settings).escalation.repeatWindowDays * 86_400_000)
}

/** P5/P6 for a level already decided (e.g. a stored level raised by P7): who leads, who joins. */
export function leadsForLevel(level: ComplaintLevel): { leads: LeadRole[]; jointVisit: LeadRole[]; major: boolean } {
  if (!(level in LEADS)) throw new RangeError(`未知的投诉等级：${String(level)}`)
  const major = level <= 2
  return { leads: [...LEADS[level]], jointVisit: major ? [...JOINT_VISIT] : [], major }
}

export interface ComplaintFacts {
  nature: ComplaintNature
  channel: ComplaintChannel
  injury?: boolean
  propertyDamageOrSafety?: boolean
  householdsAffected?: number
  /** earlier complaints by the same household on the same matter within the repeat window */
  priorSameMatterWithin30Days?: number
  missedDeadlines?: number
}

export interface ComplaintLevelResult {
  level: ComplaintLevel
  major: boolean
  leads: LeadRole[]
  reasons: string[]
  /** P6: for major complaints, who makes the callback together; empty otherwise */
  jointVisit: LeadRole[]
  /** the level from the facts alone, before P7 */
  baseLevel: ComplaintLevel
}

/** SPEC §9, P5–P7: the escalation level (1 = most severe) and who leads the callback. */
export function complaintLevel(input: ComplaintFacts, settings?: DeepPartial<Settings>): ComplaintLevelResult {
  const e = resolveSettings(settings).escalation
  if (input.nature !== 'effective' && input.nature !== 'communicative') {
    throw new TypeError(`未知的投诉性质：${String(input.nature)}`)
  }
  assertChannel(input.channel)
  const households = count(input.householdsAffected, '影响户数', false)
  const priors = count(input.priorSameMatterWithin30Days, '此前同一事项投诉次数', true)
  const missed = count(input.missedDeadlines, '错过期限次数', true)
  const effective = input.nature === 'effective'

  const facts: Array<{ level: ComplaintLevel; reason: string }> = []
  const add = (level: ComplaintLevel, text: string) => facts.push({ level, reason: `P5 ${text} → ${LEVEL_LABELS[level]}` })
  if (input.channel === 'media' || input.channel === 'authority') add(1, '媒体曝光或政府部门介入')
  if (input.injury === true) add(1, '人身伤害')
  if (households >= e.level1HouseholdsAffected) add(1, `影响 ${households} 户（≥${e.level1HouseholdsAffected} 户）`)
  if (effective && input.propertyDamageOrSafety === true) add(2, '有效投诉且涉及财产损失或安全隐患')
  if (households >= e.level2HouseholdsAffected) add(2, `影响 ${households} 户（≥${e.level2HouseholdsAffected} 户）`)
  if (priors >= e.level2PriorSameMatter) {
    add(2, `${e.repeatWindowDays} 天内同一事项第 ${priors + 1} 次投诉（此前 ≥${e.level2PriorSameMatter} 次）`)
  }
  if (effective) add(3, '有效投诉')
  if (priors >= e.level3PriorSameMatter) {
    add(3, `${e.repeatWindowDays} 天内同一事项重复投诉（此前 ${priors} 次，二次投诉）`)
  }
  if (!effective) add(4, '沟通性投诉')

  const baseLevel = Math.min(...facts.map((f) => f.level)) as ComplaintLevel
  const reasons = facts.map((f) => f.reason)

  // P7: each missed deadline raises one level, but missed deadlines alone stop at the ceiling.
  let level: ComplaintLevel = baseLevel
  const ceiling = e.missedDeadlineCeilingLevel
  if (missed > 0) {
    const raised = Math.max(Math.min(baseLevel, ceiling), baseLevel - missed) as ComplaintLevel
    if (raised < baseLevel) {
      reasons.push(`P7 错过期限 ${missed} 次 → 升${toChineseCount(baseLevel - raised)}级`)
      level = raised
    } else {
      reasons.push(`P7 错过期限 ${missed} 次，已是${LEVEL_LABELS[baseLevel]}，错过期限不再升级`)
    }
    if (raised > baseLevel - missed && raised < baseLevel) {
      reasons.push(`P7 仅因错过期限最多升至${LEVEL_LABELS[ceiling as ComplaintLevel] ?? ceiling}`)
    }
  }

  const major = level <= 2
  if (major) reasons.push('P6 重大投诉：中心经理、大管家、责任部门负责人与管家共同回访')
  return {
    level,
    major,
    leads: [...LEADS[level]],
    reasons,
    jointVisit: major ? [...JOINT_VISIT] : [],
    baseLevel,
  }
}

function count(v: number | undefined, what: string, integer: boolean): number {
  if (v === undefined || v === null) return 0
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (integer && !Number.isInteger(v))) {
    throw new RangeError(`${what}必须是非负${integer ? '整数' : '数'}：${String(v)}`)
  }
  return v
}

function toChineseCount(n: number): string {
  return ['零', '一', '两', '三', '四'][n] ?? String(n)
}

// ---------- C4 and the complaint's deadline list ----------

export interface ComplaintCallbackDeadline {
  due: Date
  rule: 'C4'
  label: string
}

/** C4: home-visit callback by the end of the 7th calendar day after handling was marked done. */
export function complaintCallbackDeadline(input: { handledAt: Date }, settings?: SettingsArg): ComplaintCallbackDeadline {
  const s = resolveSettings(settings)
  return {
    due: calendarDaysDeadline(input.handledAt, s.complaintCallbackDays, s),
    rule: 'C4',
    label: `C4 投诉上门回访 ${s.complaintCallbackDays}天内`,
  }
}

export type ComplaintDeadlineKey = 'reply' | 'resultReply' | 'callback'

export interface ComplaintDeadline {
  key: ComplaintDeadlineKey
  due: Date
  rule: 'R1' | 'R2' | 'C4'
  label: string
  doneAt: Date | null
}

export interface ComplaintDeadlinesInput {
  registeredAt: Date
  urgency: Urgency
  channel: ComplaintChannel
  /** handling marked done; R2 and C4 exist only from then on */
  handledAt?: Date | null
  /** R1 reply given */
  repliedAt?: Date | null
  /** R2 result reported back */
  resultRepliedAt?: Date | null
  /** C4 callback made */
  calledBackAt?: Date | null
}

export function complaintDeadlines(input: ComplaintDeadlinesInput, settings?: SettingsArg): ComplaintDeadline[] {
  const s = resolveSettings(settings)
  const r1 = replyDeadlineInfo({ registeredAt: input.registeredAt, urgency: input.urgency }, s)
  const out: ComplaintDeadline[] = [{ key: 'reply', ...r1, doneAt: input.repliedAt ?? null }]
  if (input.handledAt) {
    assertValidInstant(input.handledAt, '处理完成时间')
    const r2 = resultReplyDeadlineInfo({ handledAt: input.handledAt, channel: input.channel }, s)
    out.push({ key: 'resultReply', due: r2.due, rule: 'R2', label: r2.label, doneAt: input.resultRepliedAt ?? null })
    const c4 = complaintCallbackDeadline({ handledAt: input.handledAt }, s)
    out.push({ key: 'callback', ...c4, doneAt: input.calledBackAt ?? null })
  }
  return out
}

/**
 * P7 input: a deadline is missed when `now` is past its due and it was not done by its due.
 * Done late still counts once the due has passed (the level never goes back down).
 */
export function isDeadlineMissed(d: { due: Date; doneAt?: Date | null }, now: Date): boolean {
  assertValidInstant(now, '当前时间')
  const due = d.due.getTime()
  if (now.getTime() <= due) return false
  return !(d.doneAt && d.doneAt.getTime() <= due)
}

/** The keys of the deadlines missed at `now`, in input order. */
export function missedDeadlines<K extends string>(
  deadlines: ReadonlyArray<{ key: K; due: Date; doneAt?: Date | null }>,
  now: Date,
): K[] {
  return deadlines.filter((d) => isDeadlineMissed(d, now)).map((d) => d.key)
}
