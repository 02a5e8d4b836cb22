import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REPAIR_CATEGORIES, rainWaitAgeDays, repairCallbackLabel, repairCallbacks } from './repairs'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)
const brief = (xs: ReturnType<typeof repairCallbacks>) =>
  xs.map((x) => ({ key: x.key, due: x.due?.toISOString() ?? null, waitingForRain: x.waitingForRain, rule: x.rule }))

describe('repairCallbacks: table rows (C1)', () => {
  const completedAt = sh('2026-03-10T10:00:00')

  it('urgent: one callback exactly 24 h after completion', () => {
    expect(brief(repairCallbacks({ category: 'urgent', completedAt, rainDays: [] }))).toEqual([
      { key: 'urgent-24h', due: sh('2026-03-11T10:00:00').toISOString(), waitingForRain: false, rule: 'C1' },
    ])
  })

  it('urgent category flagged urgent still has a single urgent callback', () => {
    expect(repairCallbacks({ category: 'urgent', completedAt, rainDays: [], urgent: true })).toHaveLength(1)
  })

  it('safety: end of day 7; severe adds a second at the end of day 14', () => {
    expect(brief(repairCallbacks({ category: 'safety', completedAt, rainDays: [] }))).toEqual([
      { key: 'safety-7d', due: end('2026-03-17').toISOString(), waitingForRain: false, rule: 'C1' },
    ])
    expect(repairCallbacks({ category: 'safety', completedAt, rainDays: [], severe: true }).map((c) => [c.key, c.due])).toEqual([
      ['safety-7d', end('2026-03-17')],
      ['safety-severe-second', end('2026-03-24')],
    ])
  })

  it.each([
    ['pipe', 'pipe-next-day'],
    ['appliance', 'appliance-next-day'],
    ['tv', 'tv-next-day'],
  ] as const)('%s: end of the next day', (category, key) => {
    expect(brief(repairCallbacks({ category, completedAt, rainDays: [] }))).toEqual([
      { key, due: end('2026-03-11').toISOString(), waitingForRain: false, rule: 'C1' },
    ])
  })

  it('wall crack: day 5 and day 30, across the end of January', () => {
    const r = repairCallbacks({ category: 'wallCrack', completedAt: sh('2026-01-31T16:00:00'), rainDays: [] })
    expect(r.map((c) => [c.key, c.due])).toEqual([
      ['wall-crack-5d', end('2026-02-05')],
      ['wall-crack-30d', end('2026-03-02')],
    ])
  })

  it('other: end of day 7', () => {
    expect(repairCallbacks({ category: 'other', completedAt, rainDays: [] }).map((c) => [c.key, c.due])).toEqual([
      ['other-7d', end('2026-03-17')],
    ])
  })

  it('a non-urgent category flagged urgent gets its own callbacks plus urgent-24h, ordered by due', () => {
    expect(repairCallbacks({ category: 'safety', completedAt, rainDays: [], urgent: true }).map((c) => c.key)).toEqual([
      'urgent-24h',
      'safety-7d',
    ])
  })

  it('next day from 2026-12-31 23:30 local is the end of 2027-01-01', () => {
    const r = repairCallbacks({ category: 'pipe', completedAt: sh('2026-12-31T23:30:00'), rainDays: [] })
    expect(r[0]?.due?.toISOString()).toBe('2027-01-01T15:59:59.999Z')
  })

  it('next day from the leap-year 2028-02-28 is 02-29', () => {
    expect(repairCallbacks({ category: 'tv', completedAt: sh('2028-02-28T12:00:00'), rainDays: [] })[0]?.due).toEqual(
      end('2028-02-29'),
    )
  })

  it('settings change the due but not the key', () => {
    const r = repairCallbacks({ category: 'other', completedAt, rainDays: [] }, { repairCallbacks: { otherDays: 3 } })
    expect(r[0]).toMatchObject({ key: 'other-7d', due: end('2026-03-13'), label: '维修回访（3 天内）' })
  })

  it('rejects an unknown category and an invalid completion time', () => {
    expect(() => repairCallbacks({ category: 'roof' as never, completedAt, rainDays: [] })).toThrow(TypeError)
    expect(() => repairCallbacks({ category: 'pipe', completedAt: new Date('x'), rainDays: [] })).toThrow(RangeError)
  })
})

describe('repairCallbacks: leak and rain (C2)', () => {
  // 2026-03-10T17:30Z is 2026-03-11 01:30 in Shanghai
  const completedAt = new Date('2026-03-10T17:30:00Z')
  const leak = (rainDays: Array<string | Date>) => repairCallbacks({ category: 'leak', completedAt, rainDays })

  it('next-day callback counts from the Shanghai date: due 2026-03-12T15:59:59.999Z', () => {
    expect(leak([])[0]).toMatchObject({ key: 'leak-next-day', rule: 'C1', waitingForRain: false })
    expect(leak([])[0]?.due?.toISOString()).toBe('2026-03-12T15:59:59.999Z')
  })

  it('no rain yet: the rain revisit waits with a null due, listed last', () => {
    expect(leak([])[1]).toMatchObject({ key: 'leak-after-rain', due: null, waitingForRain: true, rule: 'C2' })
  })

  it('rain on the completion local date itself does not count', () => {
    expect(leak(['2026-03-11'])[1]).toMatchObject({ due: null, waitingForRain: true })
  })

  it('rain on the completion UTC date (the local day before) does not count', () => {
    expect(leak(['2026-03-10'])[1]).toMatchObject({ due: null, waitingForRain: true })
  })

  it('rain on the next local date triggers: due the end of the day after it', () => {
    expect(leak(['2026-03-12'])[1]).toMatchObject({ due: end('2026-03-13'), waitingForRain: false, rainDay: '2026-03-12' })
  })

  it('unsorted rain days with duplicates: the first one after completion wins', () => {
    expect(leak(['2026-03-20', '2026-03-14', '2026-03-11', '2026-03-14', '2026-03-01'])[1]?.due).toEqual(end('2026-03-15'))
  })

  it('rain given as a Date is read as its Shanghai date (UTC 03-11 20:00 = local 03-12)', () => {
    expect(leak([new Date('2026-03-11T20:00:00Z')])[1]?.due).toEqual(end('2026-03-13'))
    // UTC 03-11 15:00 is local 03-11 23:00: the completion day, ignored
    expect(leak([new Date('2026-03-11T15:00:00Z')])[1]?.due).toBeNull()
  })

  it('orders by due: rain revisit before a long next-day setting', () => {
    const r = repairCallbacks({ category: 'leak', completedAt, rainDays: ['2026-03-12'] }, { repairCallbacks: { leakNextDays: 5 } })
    expect(r.map((c) => c.key)).toEqual(['leak-after-rain', 'leak-next-day'])
  })

  it('urgent leak: urgent-24h, next day, then waiting for rain', () => {
    expect(repairCallbacks({ category: 'leak', completedAt, rainDays: [], urgent: true }).map((c) => c.key)).toEqual([
      'urgent-24h',
      'leak-next-day',
      'leak-after-rain',
    ])
  })

  it('rejects a malformed rain day', () => {
    expect(() => leak(['12/03/2026'])).toThrow(RangeError)
  })
})

describe('rainWaitAgeDays', () => {
  const completedAt = new Date('2026-03-10T17:30:00Z') // local 03-11
  it('counts local days since completion', () => {
    expect(rainWaitAgeDays(completedAt, sh('2026-03-11T23:59:59'))).toBe(0)
    expect(rainWaitAgeDays(completedAt, sh('2026-03-14T00:00:00'))).toBe(3)
  })
  it('is never negative', () => {
    expect(rainWaitAgeDays(completedAt, sh('2026-03-01T00:00:00'))).toBe(0)
  })
})

describe('repairCallbackLabel', () => {
  it('labels known keys in Chinese and echoes unknown ones', () => {
    expect(repairCallbackLabel('urgent-24h')).toBe('急修回访（完成后 24 小时内）')
    expect(repairCallbackLabel('leak-next-day')).toBe('渗漏水维修回访（次日）')
    expect(repairCallbackLabel('x')).toBe('x')
  })
})

describe('repair callbacks are never before completion', () => {
  it('for every category, flag and rain pattern', () => {
    const instant = fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31, 23, 59) }).map((ms) => new Date(ms))
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...REPAIR_CATEGORIES),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: -5, max: 10 }), { maxLength: 4 }),
        (completedAt, category, urgent, severe, offsets) => {
          const rainDays = offsets.map((o) => new Date(completedAt.getTime() + o * 86_400_000))
          const r = repairCallbacks({ category, completedAt, rainDays, urgent, severe })
          const dues = r.map((c) => c.due).filter((d): d is Date => d !== null)
          const sorted = dues.every((d, i) => i === 0 || d.getTime() >= dues[i - 1]!.getTime())
          return r.length >= 1 && sorted && dues.every((d) => d.getTime() >= completedAt.getTime())
        },
      ),
      { numRuns: 300 },
    )
  })
})
