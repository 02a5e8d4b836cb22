// F1–F7: billing dates, late fee, payment promises and the dunning ladder with its guard.
import { resolveSettings, type Settings } from './settings'
import {
  addMonthsToLocalDate,
  assertValidInstant,
  calendarDaysDeadline,
  dayOfMonth,
  diffLocalDays,
  endOfLocalDay,
  parseLocalDate,
  toLocalDate,
} from './time'
import type { DeepPartial, LocalDate, YearMonth } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

/** F1: the month's bill is due on billDueDay (15th), clamped to the month's last day. */
export function billDueDate(month: YearMonth, settings?: SettingsArg): LocalDate {
  return dayOfMonth(month, resolveSettings(settings).fees.billDueDay)
}

/** F2: the individual-reminder schedule of a month, sorted, clamped to the month, without duplicates. */
export function reminderDates(month: YearMonth, settings?: SettingsArg): LocalDate[] {
  const days = resolveSettings(settings).fees.reminderDays
  return [...new Set(days.map((d) => dayOfMonth(month, d)))].sort()
}

/** F3: the day the month's arrears list is compiled. */
export function arrearsListDate(month: YearMonth, settings?: SettingsArg): LocalDate {
  return dayOfMonth(month, resolveSettings(settings).fees.arrearsListDay)
}

/**
 * SPEC §9, F4: integer cents. Days overdue = calendar days from dueDate to on (0 on or before
 * the due date); fee = Math.round(amountCents × dailyRate × days).
 */
export function lateFee(
  input: { amountCents: number; dueDate: LocalDate; on: LocalDate },
  settings?: DeepPartial<Settings>,
): number {
  const { amountCents, dueDate, on } = input
  if (typeof amountCents !== 'number' || !Number.isFinite(amountCents) || amountCents < 0) {
    throw new RangeError(`欠费金额必须是非负数（分）：${String(amountCents)}`)
  }
  const rate = resolveSettings(settings).fees.lateFeeDailyRate
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`滞纳金日费率无效：${rate}`)
  const days = Math.max(0, diffLocalDays(on, dueDate))
  if (days === 0 || rate === 0 || amountCents === 0) return 0
  return Math.round(amountCents * rate * days)
}

/** Whole months from the oldest unpaid due date to `on` (due 08-15: on 11-15 → 3, on 11-14 → 2). */
export function monthsOverdue(input: { oldestUnpaidDueDate: LocalDate; on: LocalDate }): number {
  const { oldestUnpaidDueDate: due, on } = input
  parseLocalDate(due)
  if (diffLocalDays(on, due) <= 0) return 0
  const a = parseLocalDate(due)
  const b = parseLocalDate(on)
  let months = (b.year - a.year) * 12 + (b.month - a.month)
  // Step back while the anniversary (clamped to month end) is still ahead of `on`.
  while (months > 0 && diffLocalDays(addMonthsToLocalDate(due, months), on) > 0) months--
  return months
}

// ---------- F5 promises ----------

export function promiseFollowUp(input: { promisedDate: LocalDate }, settings?: SettingsArg): { due: Date; rule: 'F5' } {
  return { due: endOfLocalDay(input.promisedDate, settings), rule: 'F5' }
}

/** F5: broken once the promised day has ended without the promised amount paid. */
export function isPromiseBroken(
  input: { promisedDate: LocalDate; promisedCents: number; paidCentsSincePromise: number; now: Date },
  settings?: SettingsArg,
): boolean {
  assertValidInstant(input.now, '当前时间')
  const { due } = promiseFollowUp(input, settings)
  return input.now.getTime() > due.getTime() && input.paidCentsSincePromise < input.promisedCents
}

// ---------- F6 ladder ----------

export type DunningStep = 1 | 2 | 3 | 4 | 5

export const DUNNING_STEP_LABELS: Readonly<Record<DunningStep, string>> = Object.freeze({
  1: '逐户提醒',
  2: '个别跟进与承诺缴费',
  3: '催费函',
  4: '律师函',
  5: '法律诉讼',
})

export interface DunningLetterFollowUp {
  /** no proactive contact until this instant (end of the quiet period) */
  quietUntil: Date
  /** follow-up due by the end of the day after the quiet period */
  followUpDue: Date
  rule: 'F6'
}

export function dunningLetterFollowUp(input: { sentAt: Date }, settings?: SettingsArg): DunningLetterFollowUp {
  const s = resolveSettings(settings)
  const q = s.fees.dunningLetterQuietDays
  return {
    quietUntil: calendarDaysDeadline(input.sentAt, q, s),
    followUpDue: calendarDaysDeadline(input.sentAt, q + 1, s),
    rule: 'F6',
  }
}

/** SPEC §9, F6: a lawyer's letter needs ≥ 3 months overdue AND ≥ 2 dunning letters sent. */
export function lawyerLetterAllowed(
  input: { monthsOverdue: number; dunningLettersSent: number },
  settings?: DeepPartial<Settings>,
): boolean {
  const f = resolveSettings(settings).fees
  return input.monthsOverdue >= f.lawyerLetterMinMonthsOverdue && input.dunningLettersSent >= f.lawyerLetterMinLetters
}

export function lawyerLetterPaymentDeadline(input: { issuedAt: Date }, settings?: SettingsArg): { due: Date; rule: 'F6' } {
  const s = resolveSettings(settings)
  return { due: calendarDaysDeadline(input.issuedAt, s.fees.lawyerLetterPaymentDays, s), rule: 'F6' }
}

export interface DunningHistoryEntry {
  step: DunningStep
  at: Date
}

export interface DunningEligibility {
  allowed: boolean
  reasons: string[]
  /** F7, present when open complaints/repairs were given */
  guard?: DunningGuard
}

/**
 * F6: steps go in order (step k needs step k−1 done before); during a dunning letter's quiet
 * period no step that contacts the household (1–4) is allowed; step 4 needs lawyerLetterAllowed;
 * step 5 needs a lawyer's letter whose payment deadline has passed. History after `now` is ignored.
 */
export function dunningStepEligibility(
  input: {
    step: DunningStep
    history: readonly DunningHistoryEntry[]
    monthsOverdue: number
    now: Date
    openComplaints?: number | boolean
    openRepairs?: number | boolean
  },
  settings?: SettingsArg,
): DunningEligibility {
  const s = resolveSettings(settings)
  const { step, now } = input
  assertValidInstant(now, '当前时间')
  if (![1, 2, 3, 4, 5].includes(step)) throw new RangeError(`未知的催缴步骤：${String(step)}`)
  const past = input.history.filter((h) => h.at.getTime() <= now.getTime())
  const done = (k: number) => past.filter((h) => h.step === k)
  const reasons: string[] = []

  if (step > 1 && done(step - 1).length === 0) {
    reasons.push(`F6 需先完成第 ${step - 1} 步（${DUNNING_STEP_LABELS[(step - 1) as DunningStep]}）`)
  }
  if (step <= 4) {
    for (const letter of done(3)) {
      const { quietUntil } = dunningLetterFollowUp({ sentAt: letter.at }, s)
      if (now.getTime() <= quietUntil.getTime()) {
        reasons.push(
          `F6 催费函发出后 ${s.fees.dunningLetterQuietDays} 天内不主动联系（静默期至 ${toLocalDate(quietUntil, s)}）`,
        )
        break
      }
    }
  }
  if (step === 4) {
    const letters = done(3).length
    if (!lawyerLetterAllowed({ monthsOverdue: input.monthsOverdue, dunningLettersSent: letters }, s)) {
      reasons.push(
        `F6 律师函需欠费满 ${s.fees.lawyerLetterMinMonthsOverdue} 个月且已发 ${s.fees.lawyerLetterMinLetters} 份催费函（现为 ${input.monthsOverdue} 个月、${letters} 份）`,
      )
    }
  }
  if (step === 5) {
    const expired = done(4).some(
      (l) => now.getTime() > lawyerLetterPaymentDeadline({ issuedAt: l.at }, s).due.getTime(),
    )
    if (!expired) reasons.push(`F6 需律师函的 ${s.fees.lawyerLetterPaymentDays} 天缴费期限已过`)
  }

  const result: DunningEligibility = { allowed: reasons.length === 0, reasons }
  if (input.openComplaints !== undefined || input.openRepairs !== undefined) {
    result.guard = dunningGuard({ step, openComplaints: input.openComplaints, openRepairs: input.openRepairs })
  }
  return result
}

export interface DunningGuard {
  warn: boolean
  requiresSupervisorConfirmation: boolean
  reasons: string[]
}

/** F7: open complaints or repairs → warn before any step; letters (3–4) need a supervisor's confirmation. */
export function dunningGuard(input: {
  step: DunningStep
  openComplaints?: number | boolean
  openRepairs?: number | boolean
}): DunningGuard {
  const complaints = asCount(input.openComplaints)
  const repairs = asCount(input.openRepairs)
  const reasons: string[] = []
  if (complaints > 0) reasons.push(`F7 该户有 ${complaints} 件未结投诉`)
  if (repairs > 0) reasons.push(`F7 该户有 ${repairs} 件未完成维修`)
  const warn = reasons.length > 0
  const letter = input.step === 3 || input.step === 4
  if (warn && letter) reasons.push('F7 发函前须主管确认')
  return { warn, requiresSupervisorConfirmation: warn && letter, reasons }
}

function asCount(v: number | boolean | undefined): number {
  if (v === true) return 1
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return Math.ceil(v)
  return 0
}
