import { describe, expect, it } from 'vitest'
import { nextDueOf } from './next-due'

const d = (s: string) => new Date(s)
const base = { status: 'open', replyDueAt: d('2026-11-26T02:00:00Z'), repliedAt: null, resultReplyDueAt: null, resultRepliedAt: null, callbackDueAt: null, calledBackAt: null }

describe('nextDueOf: the earliest open deadline of a complaint', () => {
  it('is the R1 reply deadline until the reply is recorded', () => {
    expect(nextDueOf(base)).toEqual(base.replyDueAt)
    expect(nextDueOf({ ...base, repliedAt: d('2026-11-25T03:00:00Z') })).toBeNull()
  })
  it('after handling: the earlier of the result reply and the callback still open', () => {
    const handled = { ...base, status: 'handled', repliedAt: d('2026-11-25T03:00:00Z'), resultReplyDueAt: d('2026-11-27T15:59:59.999Z'), callbackDueAt: d('2026-12-02T15:59:59.999Z') }
    expect(nextDueOf(handled)).toEqual(handled.resultReplyDueAt)
    expect(nextDueOf({ ...handled, resultRepliedAt: d('2026-11-26T01:00:00Z') })).toEqual(handled.callbackDueAt)
  })
  it('a missed reply stays the next deadline (it is overdue, not forgotten)', () => {
    const late = { ...base, status: 'handled', resultReplyDueAt: d('2026-11-30T15:59:59.999Z'), callbackDueAt: d('2026-12-02T15:59:59.999Z') }
    expect(nextDueOf(late)).toEqual(base.replyDueAt)
  })
  it('a closed complaint has none', () => {
    expect(nextDueOf({ ...base, status: 'closed' })).toBeNull()
  })
})
