import { describe, expect, expectTypeOf, it } from 'vitest'
import * as rules from './index'
import type { ComplaintChannel, LocalDate, RepairCategory, Urgency } from './index'

const sh = (local: string) => new Date(`${local}+08:00`)

describe('SPEC §9 public API', () => {
  it('exports the named functions', () => {
    for (const name of [
      'replyDeadline',
      'resultReplyDeadline',
      'repairCallbacks',
      'complaintLevel',
      'isPhoneWindow',
      'nextPhoneWindow',
      'addWorkingDays',
      'lawyerLetterAllowed',
      'lateFee',
    ] as const) {
      expect(typeof rules[name], name).toBe('function')
    }
  })

  it('exports the named types with their members (checked by tsc; the runtime lists must agree)', () => {
    const categories: RepairCategory[] = ['urgent', 'leak', 'safety', 'pipe', 'appliance', 'tv', 'wallCrack', 'other']
    const channels: ComplaintChannel[] = ['phone', 'walkIn', 'letter', 'visit', 'media', 'authority', 'online']
    expect([...rules.REPAIR_CATEGORIES]).toEqual(categories)
    expect([...rules.CHANNELS]).toEqual(channels)
    expect(Object.keys(rules.URGENCY_LABELS)).toEqual(['urgent', 'general'] satisfies Urgency[])
    expectTypeOf<'urgent' | 'general'>().toEqualTypeOf<Urgency>()
    expectTypeOf<'urgent' | 'leak' | 'safety' | 'pipe' | 'appliance' | 'tv' | 'wallCrack' | 'other'>().toEqualTypeOf<RepairCategory>()
    expectTypeOf<'phone' | 'walkIn' | 'letter' | 'visit' | 'media' | 'authority' | 'online'>().toEqualTypeOf<ComplaintChannel>()
    expectTypeOf<string>().toEqualTypeOf<LocalDate>()
  })

  it('accepts the §9 argument shapes and returns the §9 result shapes', () => {
    expect(rules.replyDeadline({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'urgent' })).toBeInstanceOf(Date)
    expect(rules.resultReplyDeadline({ handledAt: sh('2026-06-03T18:00:00'), channel: 'walkIn' })).toBeInstanceOf(Date)
    const cb = rules.repairCallbacks({ category: 'leak', completedAt: sh('2026-06-03T18:00:00'), rainDays: [] })
    for (const c of cb) expect(Object.keys(c)).toEqual(expect.arrayContaining(['key', 'due', 'waitingForRain', 'rule']))
    const level = rules.complaintLevel({ nature: 'effective', channel: 'online' })
    expect(level).toMatchObject({ level: 3, major: false })
    expect(Array.isArray(level.leads) && Array.isArray(level.reasons)).toBe(true)
    expect(typeof rules.isPhoneWindow(sh('2026-06-03T18:00:00'))).toBe('boolean')
    expect(rules.nextPhoneWindow(sh('2026-06-03T18:00:00'))).toEqual(sh('2026-06-03T19:00:00'))
    expect(rules.addWorkingDays(sh('2026-06-03T18:00:00'), 2)).toEqual(new Date('2026-06-05T23:59:59.999+08:00'))
    expect(rules.lawyerLetterAllowed({ monthsOverdue: 3, dunningLettersSent: 2 })).toBe(true)
    expect(rules.lateFee({ amountCents: 10_000, dueDate: '2026-06-15', on: '2026-06-17' })).toBe(60)
  })

  it('every §9 function takes settings as its last argument', () => {
    const s = { timeZone: 'Asia/Shanghai' }
    expect(rules.replyDeadline({ registeredAt: sh('2026-06-03T18:00:00'), urgency: 'general' }, s)).toEqual(sh('2026-06-05T18:00:00'))
    expect(rules.isPhoneWindow(sh('2026-06-03T18:00:00'), s)).toBe(false)
    expect(rules.lateFee({ amountCents: 10_000, dueDate: '2026-06-15', on: '2026-06-17' }, { fees: { lateFeeDailyRate: 0.001 } })).toBe(20)
  })
})
