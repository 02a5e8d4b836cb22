// Traffic-light state of a deadline for lists and dashboards.
import { resolveSettings, type Settings } from './settings'
import { assertValidInstant } from './time'
import type { DeepPartial } from './types'

export type DeadlineState = 'done' | 'ok' | 'warning' | 'overdue'

export interface DeadlineStatus {
  status: DeadlineState
  /** due − now; negative when overdue */
  remainingMs: number
  /** for 'done': whether it was done after its due */
  late: boolean
}

/**
 * done: doneAt is set and not after `now`; overdue: now > due; warning: less than
 * deadlineWarnFraction of the span start→due is left (or the span is empty); ok otherwise.
 */
export function deadlineStatus(
  input: { start: Date; due: Date; doneAt?: Date | null; now: Date },
  settings?: DeepPartial<Settings> | Settings,
): DeadlineStatus {
  const { start, due, now } = input
  assertValidInstant(start, '开始时间')
  assertValidInstant(due, '截止时间')
  assertValidInstant(now, '当前时间')
  const remainingMs = due.getTime() - now.getTime()
  const doneAt = input.doneAt ?? null
  if (doneAt && doneAt.getTime() <= now.getTime()) {
    return { status: 'done', remainingMs, late: doneAt.getTime() > due.getTime() }
  }
  if (remainingMs < 0) return { status: 'overdue', remainingMs, late: false }
  const span = due.getTime() - start.getTime()
  const fraction = resolveSettings(settings).deadlineWarnFraction
  const warning = span <= 0 || remainingMs < fraction * span
  return { status: warning ? 'warning' : 'ok', remainingMs, late: false }
}
