// Fixed vocabularies of the fee module (F2, F6, F8, F9). Pure: imported by validation, operations and client forms.
import type { DunningStep } from '@/lib/rules'

/** F9: the arrears classification that picks the approach (003 nine approaches). */
export const CLASSIFICATIONS = [
  'forgetful',
  'promisesNeverComes',
  'unreachable',
  'qualityDefect',
  'pastGrievance',
  'neverShows',
  'disputesCharge',
  'malicious',
] as const
export type Classification = (typeof CLASSIFICATIONS)[number]

/** F6: the ladder's steps as stored (DunningStepKind) and their numbers in lib/rules. */
export const STEP_KINDS = ['reminder', 'personal', 'letter', 'lawyerLetter', 'legal'] as const
export type StepKind = (typeof STEP_KINDS)[number]
export const STEP_NUMBER: Record<StepKind, DunningStep> = { reminder: 1, personal: 2, letter: 3, lawyerLetter: 4, legal: 5 }

/** How each step reaches the household. A reminder is one household at a time: SMS, call or visit (F2). */
export const CHANNELS_BY_KIND: Record<StepKind, readonly string[]> = {
  reminder: ['sms', 'phone', 'visit'],
  personal: ['phone', 'visit', 'wechat', 'sms', 'walkIn'],
  letter: ['post', 'handDelivered', 'doorPosted'],
  lawyerLetter: ['post', 'handDelivered'],
  legal: ['court'],
}

/** Structured outcomes; stored as `code` or `code: note` in DunningStep.outcome. */
export const OUTCOMES_BY_KIND: Record<StepKind, readonly string[]> = {
  reminder: ['reached', 'noAnswer', 'refused', 'invalidNumber'],
  personal: ['reached', 'noAnswer', 'refused', 'invalidNumber'],
  letter: ['sent', 'delivered', 'returned'],
  lawyerLetter: ['sent', 'delivered', 'returned'],
  legal: ['filed'],
}
export const OUTCOMES = ['reached', 'promised', 'noAnswer', 'refused', 'invalidNumber', 'sent', 'delivered', 'returned', 'filed'] as const
export type Outcome = (typeof OUTCOMES)[number]

export function formatOutcome(code: string, note?: string) {
  return note ? `${code}: ${note}` : code
}

/** Splits a stored outcome; anything not in our format comes back as a plain note. */
export function parseOutcome(stored: string | null | undefined): { code?: Outcome; note?: string } {
  if (!stored) return {}
  const m = /^([a-zA-Z]+)(?:: ([\s\S]*))?$/.exec(stored)
  if (m && (OUTCOMES as readonly string[]).includes(m[1]!)) return { code: m[1] as Outcome, note: m[2] || undefined }
  return { note: stored }
}

/** Payment methods as the billing system and the seed write them (stored as text). */
export const PAYMENT_METHODS = ['微信', '支付宝', '银行代扣', '银行转账', '现金', '刷卡', '其他'] as const
export const PAYMENT_METHOD_KEY: Record<string, string> = {
  微信: 'wechat',
  支付宝: 'alipay',
  银行代扣: 'bankDebit',
  银行转账: 'bankTransfer',
  现金: 'cash',
  刷卡: 'card',
  其他: 'other',
}

/** F8: who an alternative contact is to the owner. */
export const CONTACT_RELATIONS = ['family', 'friend', 'agent', 'tenant', 'employer', 'developer', 'other'] as const

/** Filters of the arrears list: at least N whole months overdue. */
export const MONTHS_FILTERS = ['1', '2', '3', '6'] as const

export const ARREARS_PAGE_SIZE = 20
