import { describe, expect, it } from 'vitest'
import { deadlineStatus } from './deadline-status'

const H = 3_600_000
const start = new Date('2026-03-10T00:00:00Z')
const due = new Date(start.getTime() + 100 * H)
const at = (hours: number, ms = 0) => new Date(start.getTime() + hours * H + ms)

describe('deadlineStatus', () => {
  it('ok while at least 25% of the span is left (exactly 25% left is ok)', () => {
    expect(deadlineStatus({ start, due, now: at(10) })).toEqual({ status: 'ok', remainingMs: 90 * H, late: false })
    expect(deadlineStatus({ start, due, now: at(75) }).status).toBe('ok')
  })
  it('warning once less than 25% is left', () => {
    expect(deadlineStatus({ start, due, now: at(75, 1) }).status).toBe('warning')
  })
  it('still warning (not overdue) at the due instant', () => {
    expect(deadlineStatus({ start, due, now: due })).toEqual({ status: 'warning', remainingMs: 0, late: false })
  })
  it('overdue 1 ms after the due, with negative remainingMs', () => {
    expect(deadlineStatus({ start, due, now: at(100, 1) })).toEqual({ status: 'overdue', remainingMs: -1, late: false })
  })
  it('done wins over overdue and reports lateness', () => {
    expect(deadlineStatus({ start, due, doneAt: at(50), now: at(200) })).toMatchObject({ status: 'done', late: false })
    expect(deadlineStatus({ start, due, doneAt: at(150), now: at(200) })).toMatchObject({ status: 'done', late: true })
  })
  it('a doneAt after now is not done yet', () => {
    expect(deadlineStatus({ start, due, doneAt: at(150), now: at(120) }).status).toBe('overdue')
  })
  it('follows settings.deadlineWarnFraction', () => {
    expect(deadlineStatus({ start, due, now: at(60) }, { deadlineWarnFraction: 0.5 }).status).toBe('warning')
    expect(deadlineStatus({ start, due, now: at(40) }, { deadlineWarnFraction: 0.5 }).status).toBe('ok')
  })
  it('an empty span is a warning until due', () => {
    expect(deadlineStatus({ start: due, due, now: at(50) }).status).toBe('warning')
  })
  it('rejects invalid instants', () => {
    expect(() => deadlineStatus({ start, due: new Date('x'), now: at(1) })).toThrow(RangeError)
  })
})
