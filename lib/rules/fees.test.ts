import { describe, expect, it } from 'vitest'
import {
  arrearsListDate,
  billDueDate,
  dunningGuard,
  dunningLetterFollowUp,
  dunningStepEligibility,
  isPromiseBroken,
  lateFee,
  lawyerLetterAllowed,
  lawyerLetterPaymentDeadline,
  monthsOverdue,
  promiseFollowUp,
  reminderDates,
  type DunningHistoryEntry,
} from './fees'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)

describe('billing dates (F1–F3)', () => {
  it('bill due on the 15th', () => {
    expect(billDueDate('2026-03')).toBe('2026-03-15')
  })
  it('a due day of 31 is clamped to the end of February', () => {
    expect(billDueDate('2026-02', { fees: { billDueDay: 31 } })).toBe('2026-02-28')
  })
  it('reminders on the 5th, 10th, 15th, 20th, 25th', () => {
    expect(reminderDates('2026-03')).toEqual(['2026-03-05', '2026-03-10', '2026-03-15', '2026-03-20', '2026-03-25'])
  })
  it('reminder days are sorted and de-duplicated after clamping', () => {
    expect(reminderDates('2026-02', { fees: { reminderDays: [31, 5, 30] } })).toEqual(['2026-02-05', '2026-02-28'])
  })
  it('arrears list on the 15th', () => {
    expect(arrearsListDate('2026-12')).toBe('2026-12-15')
  })
})

describe('lateFee (F4)', () => {
  const amountCents = 12_345
  it('is 0 on the due date itself', () => {
    expect(lateFee({ amountCents, dueDate: '2026-03-15', on: '2026-03-15' })).toBe(0)
  })
  it('is 0 before the due date', () => {
    expect(lateFee({ amountCents, dueDate: '2026-03-15', on: '2026-03-01' })).toBe(0)
  })
  it('one day later is round(amount × 0.003)', () => {
    expect(lateFee({ amountCents, dueDate: '2026-03-15', on: '2026-03-16' })).toBe(Math.round(amountCents * 0.003))
    expect(lateFee({ amountCents: 10_000, dueDate: '2026-03-15', on: '2026-03-16' })).toBe(30)
  })
  it('counts calendar days across month and leap-year ends', () => {
    expect(lateFee({ amountCents: 10_000, dueDate: '2028-02-15', on: '2028-03-15' })).toBe(Math.round(10_000 * 0.003 * 29))
    expect(lateFee({ amountCents: 10_000, dueDate: '2026-12-15', on: '2027-01-15' })).toBe(Math.round(10_000 * 0.003 * 31))
  })
  it('rate 0 → 0', () => {
    expect(lateFee({ amountCents, dueDate: '2026-03-15', on: '2026-06-15' }, { fees: { lateFeeDailyRate: 0 } })).toBe(0)
  })
  it('returns an integer', () => {
    expect(Number.isInteger(lateFee({ amountCents: 333, dueDate: '2026-03-15', on: '2026-03-18' }))).toBe(true)
  })
  it('throws on a negative amount or a bad date', () => {
    expect(() => lateFee({ amountCents: -1, dueDate: '2026-03-15', on: '2026-03-16' })).toThrow(RangeError)
    expect(() => lateFee({ amountCents: 1, dueDate: '2026-02-30', on: '2026-03-16' })).toThrow(RangeError)
  })
})

describe('monthsOverdue', () => {
  it('due 08-15: on 11-15 → 3, on 11-14 → 2', () => {
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-08-15', on: '2026-11-15' })).toBe(3)
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-08-15', on: '2026-11-14' })).toBe(2)
  })
  it('0 on or before the due date', () => {
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-08-15', on: '2026-08-15' })).toBe(0)
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-08-15', on: '2026-01-01' })).toBe(0)
  })
  it('month-end due dates clamp: 01-31 → 02-28 is one month', () => {
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-01-31', on: '2026-02-28' })).toBe(1)
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-01-31', on: '2026-02-27' })).toBe(0)
  })
  it('across the year end', () => {
    expect(monthsOverdue({ oldestUnpaidDueDate: '2026-11-15', on: '2027-02-15' })).toBe(3)
  })
})

describe('promises (F5)', () => {
  it('follow-up due at the end of the promised local date', () => {
    expect(promiseFollowUp({ promisedDate: '2026-03-20' })).toEqual({ due: end('2026-03-20'), rule: 'F5' })
  })
  it('broken only after the promised day ended without the full amount', () => {
    const p = { promisedDate: '2026-03-20', promisedCents: 10_000 }
    expect(isPromiseBroken({ ...p, paidCentsSincePromise: 0, now: end('2026-03-20') })).toBe(false)
    expect(isPromiseBroken({ ...p, paidCentsSincePromise: 0, now: sh('2026-03-21T00:00:00') })).toBe(true)
    expect(isPromiseBroken({ ...p, paidCentsSincePromise: 9_999, now: sh('2026-03-21T00:00:00') })).toBe(true)
    expect(isPromiseBroken({ ...p, paidCentsSincePromise: 10_000, now: sh('2026-03-21T00:00:00') })).toBe(false)
  })
})

describe('letters (F6)', () => {
  it('dunning letter: quiet until the end of day 7, follow-up due the end of day 8', () => {
    expect(dunningLetterFollowUp({ sentAt: sh('2026-03-10T15:00:00') })).toEqual({
      quietUntil: end('2026-03-17'),
      followUpDue: end('2026-03-18'),
      rule: 'F6',
    })
  })
  it('lawyer letter allowed: 2 months/2 letters no, 3 months/1 letter no, 3/2 yes', () => {
    expect(lawyerLetterAllowed({ monthsOverdue: 2, dunningLettersSent: 2 })).toBe(false)
    expect(lawyerLetterAllowed({ monthsOverdue: 3, dunningLettersSent: 1 })).toBe(false)
    expect(lawyerLetterAllowed({ monthsOverdue: 3, dunningLettersSent: 2 })).toBe(true)
    expect(lawyerLetterAllowed({ monthsOverdue: 7, dunningLettersSent: 4 })).toBe(true)
  })
  it('lawyer letter thresholds follow the settings', () => {
    expect(lawyerLetterAllowed({ monthsOverdue: 2, dunningLettersSent: 1 }, { fees: { lawyerLetterMinMonthsOverdue: 2, lawyerLetterMinLetters: 1 } })).toBe(true)
  })
  it('lawyer letter payment deadline: end of the 14th day', () => {
    expect(lawyerLetterPaymentDeadline({ issuedAt: sh('2026-12-20T10:00:00') })).toEqual({ due: end('2027-01-03'), rule: 'F6' })
  })
})

describe('dunningStepEligibility (F6 ladder)', () => {
  const now = sh('2026-06-01T10:00:00')
  const h = (step: DunningHistoryEntry['step'], local: string): DunningHistoryEntry => ({ step, at: sh(local) })

  it('step 1 is always available outside a quiet period', () => {
    expect(dunningStepEligibility({ step: 1, history: [], monthsOverdue: 0, now })).toEqual({ allowed: true, reasons: [] })
  })
  it('steps go in order: a letter needs a personal follow-up first', () => {
    const r = dunningStepEligibility({ step: 3, history: [h(1, '2026-05-05T10:00:00')], monthsOverdue: 1, now })
    expect(r.allowed).toBe(false)
    expect(r.reasons[0]).toMatch(/^F6 需先完成第 2 步/)
  })
  it('a letter sent 7 days ago still blocks contact until the end of day 7', () => {
    const history = [h(1, '2026-05-05T10:00:00'), h(2, '2026-05-10T10:00:00'), h(3, '2026-05-25T10:00:00')]
    expect(dunningStepEligibility({ step: 1, history, monthsOverdue: 1, now: end('2026-06-01') }).allowed).toBe(false)
    expect(dunningStepEligibility({ step: 2, history, monthsOverdue: 1, now: sh('2026-06-02T00:00:00') }).allowed).toBe(true)
  })
  it('a lawyer letter needs 3 months and 2 letters, outside the quiet period', () => {
    const history = [h(1, '2026-03-05T10:00:00'), h(2, '2026-03-10T10:00:00'), h(3, '2026-04-01T10:00:00'), h(3, '2026-05-01T10:00:00')]
    expect(dunningStepEligibility({ step: 4, history, monthsOverdue: 3, now }).allowed).toBe(true)
    expect(dunningStepEligibility({ step: 4, history, monthsOverdue: 2, now }).allowed).toBe(false)
    expect(dunningStepEligibility({ step: 4, history: history.slice(0, 3), monthsOverdue: 3, now }).allowed).toBe(false)
  })
  it('legal action needs a lawyer letter whose 14-day deadline has passed', () => {
    const history = [h(1, '2026-03-05T10:00:00'), h(2, '2026-03-10T10:00:00'), h(3, '2026-04-01T10:00:00'), h(3, '2026-04-10T10:00:00'), h(4, '2026-05-20T10:00:00')]
    expect(dunningStepEligibility({ step: 5, history, monthsOverdue: 4, now: end('2026-06-03') }).allowed).toBe(false)
    expect(dunningStepEligibility({ step: 5, history, monthsOverdue: 4, now: sh('2026-06-04T00:00:00') }).allowed).toBe(true)
  })
  it('history after now is ignored', () => {
    expect(dunningStepEligibility({ step: 2, history: [h(1, '2026-07-01T10:00:00')], monthsOverdue: 0, now }).allowed).toBe(false)
  })
  it('includes the F7 guard when open items are given', () => {
    const r = dunningStepEligibility({ step: 1, history: [], monthsOverdue: 0, now, openRepairs: 1 })
    expect(r.guard).toMatchObject({ warn: true, requiresSupervisorConfirmation: false })
  })
})

describe('dunningGuard (F7)', () => {
  it('no open items: no warning', () => {
    expect(dunningGuard({ step: 3, openComplaints: 0, openRepairs: 0 })).toEqual({ warn: false, requiresSupervisorConfirmation: false, reasons: [] })
  })
  it('open complaint: warn on a reminder, no confirmation needed', () => {
    expect(dunningGuard({ step: 1, openComplaints: 1, openRepairs: 0 })).toMatchObject({ warn: true, requiresSupervisorConfirmation: false })
  })
  it('open repair before a dunning or lawyer letter: supervisor must confirm', () => {
    expect(dunningGuard({ step: 3, openComplaints: 0, openRepairs: 2 })).toMatchObject({ warn: true, requiresSupervisorConfirmation: true })
    expect(dunningGuard({ step: 4, openComplaints: true, openRepairs: false }).requiresSupervisorConfirmation).toBe(true)
  })
  it('legal action warns without the letter confirmation', () => {
    expect(dunningGuard({ step: 5, openComplaints: 1, openRepairs: 0 })).toMatchObject({ warn: true, requiresSupervisorConfirmation: false })
  })
  it('reasons are Chinese and carry F7', () => {
    expect(dunningGuard({ step: 3, openComplaints: 1, openRepairs: 1 }).reasons).toEqual([
      'F7 该户有 1 件未结投诉',
      'F7 该户有 1 件未完成维修',
      'F7 发函前须主管确认',
    ])
  })
})
