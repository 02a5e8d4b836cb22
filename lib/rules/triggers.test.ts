import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TRIGGER_LABELS, TRIGGER_RULES, sundayOfWeek, triggerTask, type TriggerInput } from './triggers'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)

describe('triggerTask (§3.3)', () => {
  it('3.3-1 move-in welcome: end of day 3 after the move-in date', () => {
    expect(triggerTask({ trigger: 'moveInWelcome', eventDate: '2026-03-30' })).toMatchObject({
      trigger: 'moveInWelcome',
      due: end('2026-04-02'),
      rule: '3.3-1',
    })
  })

  it('3.3-2 three months: the Sunday of the Mon–Sun week holding move-in + 3 months', () => {
    // 2026-01-15 + 3 months = Wed 2026-04-15 → Sunday 04-19
    expect(triggerTask({ trigger: 'moveInThreeMonths', eventDate: '2026-01-15' })).toMatchObject({ due: end('2026-04-19'), rule: '3.3-2' })
  })
  it('3.3-2 when the anniversary is a Sunday, it is due that day', () => {
    expect(triggerTask({ trigger: 'moveInThreeMonths', eventDate: '2026-01-19' }).due).toEqual(end('2026-04-19'))
  })
  it('3.3-2 when the anniversary is a Monday, it is due the following Sunday', () => {
    expect(triggerTask({ trigger: 'moveInThreeMonths', eventDate: '2026-01-20' }).due).toEqual(end('2026-04-26'))
  })
  it('3.3-2 clamps 30 November + 3 months to 28 February (Sat) → Sunday 1 March', () => {
    expect(triggerTask({ trigger: 'moveInThreeMonths', eventDate: '2025-11-30' }).due).toEqual(end('2026-03-01'))
  })

  it('3.3-3 errand: next day, from the Shanghai date of the instant', () => {
    // 2026-03-10T17:30Z is 03-11 in Shanghai
    expect(triggerTask({ trigger: 'errand', eventAt: new Date('2026-03-10T17:30:00Z') })).toMatchObject({
      due: end('2026-03-12'),
      rule: '3.3-3',
    })
  })

  it('3.3-5 community event: end of the day before the event', () => {
    expect(triggerTask({ trigger: 'communityEvent', eventDate: '2026-03-01' })).toMatchObject({ due: end('2026-02-28'), rule: '3.3-5' })
  })

  it('3.3-6 wedding 7 days, 3.3-7 bereavement and illness 3 days, 3.3-11 birth 7 days', () => {
    expect(triggerTask({ trigger: 'wedding', eventDate: '2026-12-28' })).toMatchObject({ due: end('2027-01-04'), rule: '3.3-6' })
    expect(triggerTask({ trigger: 'bereavement', eventDate: '2026-12-30' })).toMatchObject({ due: end('2027-01-02'), rule: '3.3-7' })
    expect(triggerTask({ trigger: 'illness', eventDate: '2026-03-10' })).toMatchObject({ due: end('2026-03-13'), rule: '3.3-7' })
    expect(triggerTask({ trigger: 'birth', eventDate: '2028-02-25' })).toMatchObject({ due: end('2028-03-03'), rule: '3.3-11' })
  })

  it('3.3-8 complaint handled follows C4', () => {
    expect(triggerTask({ trigger: 'complaintHandled', eventAt: sh('2026-03-10T10:00:00') })).toMatchObject({
      due: end('2026-03-17'),
      rule: '3.3-8',
      sourceRule: 'C4',
    })
    expect(triggerTask({ trigger: 'complaintHandled', eventDate: '2026-03-10' }).due).toEqual(end('2026-03-17'))
  })

  it('3.3-9 fee collection: the first F2 reminder of the month, or the F5 promise date', () => {
    expect(triggerTask({ trigger: 'feeCollection', month: '2026-03' })).toMatchObject({ due: end('2026-03-05'), rule: '3.3-9', sourceRule: 'F2' })
    expect(triggerTask({ trigger: 'feeCollection', month: '2026-03', promisedDate: '2026-03-20' })).toMatchObject({
      due: end('2026-03-20'),
      sourceRule: 'F5',
    })
  })

  it('3.3-10 satisfaction survey: by the end of the survey', () => {
    expect(triggerTask({ trigger: 'satisfactionSurvey', surveyEndDate: '2026-06-30', eventDate: '2026-06-01' })).toMatchObject({
      due: end('2026-06-30'),
      rule: '3.3-10',
    })
    expect(() => triggerTask({ trigger: 'satisfactionSurvey', surveyEndDate: '2026-05-30', eventDate: '2026-06-01' })).toThrow(RangeError)
  })

  it('settings change the day counts', () => {
    expect(triggerTask({ trigger: 'wedding', eventDate: '2026-03-10' }, { triggers: { weddingDays: 2 } }).due).toEqual(end('2026-03-12'))
  })

  it('rejects repair (use repairCallbacks) and bad dates', () => {
    expect(() => triggerTask({ trigger: 'repair' } as never)).toThrow(TypeError)
    expect(() => triggerTask({ trigger: 'errand', eventDate: '2026-13-01' })).toThrow(RangeError)
  })

  it('every trigger key has a label and a 3.3 rule id', () => {
    expect(Object.keys(TRIGGER_LABELS)).toHaveLength(12)
    for (const k of Object.keys(TRIGGER_LABELS) as Array<keyof typeof TRIGGER_LABELS>) {
      expect(TRIGGER_RULES[k]).toMatch(/^3\.3-(?:[1-9]|1[01])$/)
    }
  })

  it('sundayOfWeek', () => {
    expect(sundayOfWeek('2026-03-09')).toBe('2026-03-15')
    expect(sundayOfWeek('2026-03-15')).toBe('2026-03-15')
  })
})

describe('triggered tasks are never due before their event', () => {
  it('all triggers except communityEvent (due before the event by design)', () => {
    const instant = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31, 23, 59) }).map((ms) => new Date(ms))
    const key = fc.constantFrom(
      'moveInWelcome',
      'moveInThreeMonths',
      'errand',
      'wedding',
      'bereavement',
      'illness',
      'birth',
      'complaintHandled',
    ) as fc.Arbitrary<'moveInWelcome'>
    fc.assert(
      fc.property(instant, key, (eventAt, trigger) => {
        const input: TriggerInput = { trigger, eventAt }
        return triggerTask(input).due.getTime() >= eventAt.getTime()
      }),
      { numRuns: 300 },
    )
  })
  it('communityEvent is due before the event day starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31) }), (ms) => {
        const eventAt = new Date(ms)
        const due = triggerTask({ trigger: 'communityEvent', eventAt }).due
        return due.getTime() < eventAt.getTime() && eventAt.getTime() - due.getTime() <= 86_400_000
      }),
      { numRuns: 200 },
    )
  })
})
