// R1 (answer within clock hours) and R2 (result reported back within working days).
import { addWorkingDaysDetailed } from './calendar'
import { resolveSettings, type Settings } from './settings'
import { hoursDeadline } from './time'
import type { ComplaintChannel, DeepPartial, Urgency } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

export const CHANNELS: readonly ComplaintChannel[] = Object.freeze([
  'phone',
  'walkIn',
  'letter',
  'visit',
  'media',
  'authority',
  'online',
])

export const CHANNEL_LABELS: Readonly<Record<ComplaintChannel, string>> = Object.freeze({
  phone: '来电',
  walkIn: '来访',
  letter: '来函',
  visit: '走访时反映',
  media: '媒体',
  authority: '政府部门',
  online: '网上',
})

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = Object.freeze({ urgent: '紧急', general: '一般' })

/** R2: a channel is "written" when settings list it; every other channel is oral. */
export function isWrittenChannel(channel: ComplaintChannel, settings?: SettingsArg): boolean {
  assertChannel(channel)
  return resolveSettings(settings).writtenChannels.includes(channel)
}

export interface ReplyDeadlineInfo {
  due: Date
  rule: 'R1'
  label: string
}

export function replyDeadlineInfo(
  input: { registeredAt: Date; urgency: Urgency },
  settings?: SettingsArg,
): ReplyDeadlineInfo {
  const s = resolveSettings(settings)
  if (input.urgency !== 'urgent' && input.urgency !== 'general') {
    throw new TypeError(`未知的紧急程度：${String(input.urgency)}`)
  }
  const hours = s.replyHours[input.urgency]
  return {
    due: hoursDeadline(input.registeredAt, hours),
    rule: 'R1',
    label: `R1 ${URGENCY_LABELS[input.urgency]} ${hours}小时`,
  }
}

/** SPEC §9, R1: registration + 24 h (urgent) / 48 h (general), clock hours. */
export function replyDeadline(input: { registeredAt: Date; urgency: Urgency }, settings?: DeepPartial<Settings>): Date {
  return replyDeadlineInfo(input, settings).due
}

export interface ResultReplyDeadlineInfo {
  due: Date
  rule: 'R2'
  label: string
  written: boolean
  /** incomplete calendar years the working-day count went through (T4) */
  uncoveredYears: number[]
}

export function resultReplyDeadlineInfo(
  input: { handledAt: Date; channel: ComplaintChannel },
  settings?: SettingsArg,
): ResultReplyDeadlineInfo {
  const s = resolveSettings(settings)
  const written = isWrittenChannel(input.channel, s)
  const n = written ? s.resultReplyWorkingDays.written : s.resultReplyWorkingDays.oral
  const r = addWorkingDaysDetailed(input.handledAt, n, s)
  return {
    due: r.due,
    rule: 'R2',
    label: `R2 ${written ? '书面' : '口头'}投诉 ${n}个工作日`,
    written,
    uncoveredYears: r.uncoveredYears,
  }
}

/** SPEC §9, R2: oral channels → 1 working day, written channels → 3 working days after handling. */
export function resultReplyDeadline(
  input: { handledAt: Date; channel: ComplaintChannel },
  settings?: DeepPartial<Settings>,
): Date {
  return resultReplyDeadlineInfo(input, settings).due
}

export function assertChannel(channel: unknown): asserts channel is ComplaintChannel {
  if (!CHANNELS.includes(channel as ComplaintChannel)) throw new TypeError(`未知的投诉渠道：${String(channel)}`)
}
