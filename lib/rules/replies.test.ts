import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CHANNELS,
  isWrittenChannel,
  replyDeadline,
  replyDeadlineInfo,
  resultReplyDeadline,
  resultReplyDeadlineInfo,
} from './replies'
import type { ComplaintChannel } from './types'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)

describe('replyDeadline (R1)', () => {
  it('urgent: exactly 24 clock hours after registration', () => {
    expect(replyDeadline({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'urgent' })).toEqual(sh('2026-06-04T18:00:00'))
  })
  it('general: exactly 48 clock hours, through a weekend and a holiday', () => {
    expect(replyDeadline({ registeredAt: sh('2026-06-19T09:15:00'), urgency: 'general' })).toEqual(sh('2026-06-21T09:15:00'))
  })
  it('keeps milliseconds and crosses the year end', () => {
    expect(replyDeadline({ registeredAt: sh('2026-12-31T23:30:00.123'), urgency: 'urgent' })).toEqual(
      sh('2027-01-01T23:30:00.123'),
    )
  })
  it('follows the settings', () => {
    expect(replyDeadline({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'urgent' }, { replyHours: { urgent: 12 } })).toEqual(
      sh('2026-06-04T06:00:00'),
    )
  })
  it('info carries the rule and a label', () => {
    expect(replyDeadlineInfo({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'urgent' })).toMatchObject({
      rule: 'R1',
      label: 'R1 紧急 24小时',
    })
    expect(replyDeadlineInfo({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'general' }).label).toBe('R1 一般 48小时')
  })
  it('rejects an unknown urgency', () => {
    expect(() => replyDeadline({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'soon' as never })).toThrow(TypeError)
  })
})

describe('resultReplyDeadline (R2)', () => {
  const handledAt = sh('2026-02-13T10:00:00')

  it.each<ComplaintChannel>(['phone', 'walkIn', 'visit'])('oral channel %s: 1 working day (Fri 02-13 → make-up Sat 02-14)', (channel) => {
    expect(resultReplyDeadline({ handledAt, channel })).toEqual(end('2026-02-14'))
  })

  it.each<ComplaintChannel>(['letter', 'online', 'media', 'authority'])(
    'written channel %s: 3 working days (Fri 02-13 → 02-14, 02-24, 02-25)',
    (channel) => {
      expect(resultReplyDeadline({ handledAt, channel })).toEqual(end('2026-02-25'))
    },
  )

  it('an ordinary Friday afternoon → Monday for oral, Wednesday for written', () => {
    expect(resultReplyDeadline({ handledAt: sh('2026-03-06T17:00:00'), channel: 'phone' })).toEqual(end('2026-03-09'))
    expect(resultReplyDeadline({ handledAt: sh('2026-03-06T17:00:00'), channel: 'letter' })).toEqual(end('2026-03-11'))
  })

  it('settings.writtenChannels decides what is written', () => {
    const s = { writtenChannels: ['letter' as const] }
    expect(isWrittenChannel('media', s)).toBe(false)
    expect(resultReplyDeadline({ handledAt: sh('2026-03-06T17:00:00'), channel: 'media' }, s)).toEqual(end('2026-03-09'))
  })

  it('info carries the rule, label and uncovered years', () => {
    expect(resultReplyDeadlineInfo({ handledAt, channel: 'phone' })).toMatchObject({
      rule: 'R2',
      label: 'R2 口头投诉 1个工作日',
      written: false,
      uncoveredYears: [],
    })
    expect(resultReplyDeadlineInfo({ handledAt: sh('2026-12-31T10:00:00'), channel: 'letter' })).toMatchObject({
      label: 'R2 书面投诉 3个工作日',
      uncoveredYears: [2027],
    })
  })

  it('rejects an unknown channel', () => {
    expect(() => resultReplyDeadline({ handledAt, channel: 'fax' as never })).toThrow(TypeError)
  })
})

describe('reply deadlines are never before their event', () => {
  const instant = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31, 23, 59) }).map((ms) => new Date(ms))
  it('R1 and R2', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...CHANNELS), fc.constantFrom('urgent' as const, 'general' as const), (d, channel, urgency) => {
        return (
          replyDeadline({ registeredAt: d, urgency }).getTime() > d.getTime() &&
          resultReplyDeadline({ handledAt: d, channel }).getTime() >= d.getTime()
        )
      }),
      { numRuns: 200 },
    )
  })
})
