import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LEAD_LABELS,
  complaintCallbackDeadline,
  complaintDeadlines,
  complaintLevel,
  isDeadlineMissed,
  leadsForLevel,
  repeatWindowStart,
  missedDeadlines,
  type ComplaintFacts,
} from './complaints'
import { CHANNELS } from './replies'

const sh = (local: string) => new Date(`${local}+08:00`)
const end = (d: string) => new Date(`${d}T23:59:59.999+08:00`)
const level = (f: ComplaintFacts) => complaintLevel(f).level
const comm = { nature: 'communicative' as const, channel: 'phone' as const }
const eff = { nature: 'effective' as const, channel: 'phone' as const }

describe('complaintLevel: P5 table', () => {
  it('level 1: media exposure', () => {
    expect(level({ ...comm, channel: 'media' })).toBe(1)
  })
  it('level 1: an authority is involved', () => {
    expect(level({ ...comm, channel: 'authority' })).toBe(1)
  })
  it('level 1: personal injury', () => {
    expect(level({ ...comm, injury: true })).toBe(1)
  })
  it('households: 30 → level 1, 29 → level 2', () => {
    expect(level({ ...comm, householdsAffected: 30 })).toBe(1)
    expect(level({ ...comm, householdsAffected: 29 })).toBe(2)
  })
  it('level 2: effective with property damage or safety risk', () => {
    expect(level({ ...eff, propertyDamageOrSafety: true })).toBe(2)
  })
  it('property damage on a communicative complaint does not raise it', () => {
    expect(level({ ...comm, propertyDamageOrSafety: true })).toBe(4)
  })
  it('households: 10 → level 2, 9 → level 4 (communicative) / 3 (effective)', () => {
    expect(level({ ...comm, householdsAffected: 10 })).toBe(2)
    expect(level({ ...comm, householdsAffected: 9 })).toBe(4)
    expect(level({ ...eff, householdsAffected: 9 })).toBe(3)
  })
  it('third complaint on the same matter (2 priors) → level 2', () => {
    expect(level({ ...comm, priorSameMatterWithin30Days: 2 })).toBe(2)
  })
  it('second complaint on the same matter (1 prior) → level 3', () => {
    expect(level({ ...comm, priorSameMatterWithin30Days: 1 })).toBe(3)
  })
  it('any effective complaint → level 3', () => {
    expect(level(eff)).toBe(3)
  })
  it('communicative by default → level 4, on every non-L1 channel', () => {
    for (const channel of ['phone', 'walkIn', 'letter', 'visit', 'online'] as const) {
      expect(level({ nature: 'communicative', channel }), channel).toBe(4)
    }
  })
  it('the highest level that applies wins', () => {
    expect(level({ ...eff, propertyDamageOrSafety: true, injury: true })).toBe(1)
  })
  it('thresholds follow the settings', () => {
    const s = { escalation: { level1HouseholdsAffected: 50, level2HouseholdsAffected: 20 } }
    expect(complaintLevel({ ...comm, householdsAffected: 30 }, s).level).toBe(2)
    expect(complaintLevel({ ...comm, householdsAffected: 19 }, s).level).toBe(4)
  })
})

describe('complaintLevel: P7 missed deadlines', () => {
  it('level 4 + 1 missed → 3', () => {
    expect(level({ ...comm, missedDeadlines: 1 })).toBe(3)
  })
  it('level 4 + 2 missed → 2', () => {
    expect(level({ ...comm, missedDeadlines: 2 })).toBe(2)
  })
  it('level 4 + 3 missed stops at 2', () => {
    expect(level({ ...comm, missedDeadlines: 3 })).toBe(2)
  })
  it('level 3 + 1 missed → 2', () => {
    expect(level({ ...eff, missedDeadlines: 1 })).toBe(2)
  })
  it('level 3 + 2 missed stays 2', () => {
    expect(level({ ...eff, missedDeadlines: 2 })).toBe(2)
  })
  it('level 2 + 1 missed stays 2', () => {
    expect(level({ ...eff, propertyDamageOrSafety: true, missedDeadlines: 1 })).toBe(2)
  })
  it('level 1 stays 1', () => {
    expect(level({ ...comm, injury: true, missedDeadlines: 4 })).toBe(1)
  })
  it('records the raise with its rule id', () => {
    const r = complaintLevel({ ...comm, missedDeadlines: 1 })
    expect(r.reasons).toEqual(['P5 沟通性投诉 → 四级', 'P7 错过期限 1 次 → 升一级'])
    expect(r.baseLevel).toBe(4)
  })
  it('says why a raise stopped at level 2', () => {
    const r = complaintLevel({ ...comm, missedDeadlines: 3 })
    expect(r.reasons).toContain('P7 错过期限 3 次 → 升两级')
    expect(r.reasons).toContain('P7 仅因错过期限最多升至二级')
    expect(complaintLevel({ ...eff, propertyDamageOrSafety: true, missedDeadlines: 1 }).reasons).toContain(
      'P7 错过期限 1 次，已是二级，错过期限不再升级',
    )
  })
})

describe('complaintLevel: leads, major, reasons', () => {
  it('level 1: general manager, major, joint visit', () => {
    expect(complaintLevel({ ...comm, channel: 'media' })).toMatchObject({
      level: 1,
      major: true,
      leads: ['generalManager'],
      jointVisit: ['centerManager', 'chiefHousekeeper', 'departmentHead', 'housekeeper'],
    })
  })
  it('level 2: project manager, major', () => {
    expect(complaintLevel({ ...comm, householdsAffected: 12 })).toMatchObject({ level: 2, major: true, leads: ['projectManager'] })
  })
  it('level 3: quality, customer-service and engineering heads, not major', () => {
    expect(complaintLevel(eff)).toMatchObject({
      level: 3,
      major: false,
      leads: ['qualityHead', 'customerServiceHead', 'engineeringHead'],
      jointVisit: [],
    })
  })
  it('level 4: the owner', () => {
    expect(complaintLevel(comm)).toMatchObject({ level: 4, major: false, leads: ['owner'] })
  })
  it('lists every fact that applied, prefixed with its rule id', () => {
    const r = complaintLevel({ ...eff, channel: 'media', householdsAffected: 35 })
    expect(r.reasons).toEqual([
      'P5 媒体曝光或政府部门介入 → 一级',
      'P5 影响 35 户（≥30 户） → 一级',
      'P5 影响 35 户（≥10 户） → 二级',
      'P5 有效投诉 → 三级',
      'P6 重大投诉：中心经理、大管家、责任部门负责人与管家共同回访',
    ])
    expect(r.reasons.every((x) => /^P[5-7] /.test(x))).toBe(true)
  })
  it('every lead role has a Chinese title', () => {
    for (const l of [1, 2, 3, 4] as const) {
      const facts: ComplaintFacts = [
        { ...comm, injury: true },
        { ...comm, householdsAffected: 10 },
        eff,
        comm,
      ][l - 1]!
      for (const role of [...complaintLevel(facts).leads, ...complaintLevel(facts).jointVisit]) {
        expect(LEAD_LABELS[role]).toBeTruthy()
      }
    }
  })
  it('rejects negative or fractional counts and unknown nature', () => {
    expect(() => complaintLevel({ ...comm, householdsAffected: -1 })).toThrow(RangeError)
    expect(() => complaintLevel({ ...comm, missedDeadlines: 0.5 })).toThrow(RangeError)
    expect(() => complaintLevel({ ...comm, nature: 'angry' as never })).toThrow(TypeError)
  })
})

describe('complaintLevel never gets less severe when facts are added', () => {
  const facts = fc.record({
    nature: fc.constantFrom('effective' as const, 'communicative' as const),
    channel: fc.constantFrom(...CHANNELS),
    injury: fc.boolean(),
    propertyDamageOrSafety: fc.boolean(),
    householdsAffected: fc.integer({ min: 0, max: 40 }),
    priorSameMatterWithin30Days: fc.integer({ min: 0, max: 3 }),
    missedDeadlines: fc.integer({ min: 0, max: 3 }),
  })
  const more = fc.record({
    nature: fc.boolean(),
    injury: fc.boolean(),
    property: fc.boolean(),
    households: fc.integer({ min: 0, max: 25 }),
    priors: fc.integer({ min: 0, max: 2 }),
    missed: fc.integer({ min: 0, max: 2 }),
  })

  it('level number is non-increasing', () => {
    fc.assert(
      fc.property(facts, more, (f, m) => {
        const g: ComplaintFacts = {
          ...f,
          nature: m.nature ? 'effective' : f.nature,
          injury: f.injury || m.injury,
          propertyDamageOrSafety: f.propertyDamageOrSafety || m.property,
          householdsAffected: f.householdsAffected + m.households,
          priorSameMatterWithin30Days: f.priorSameMatterWithin30Days + m.priors,
          missedDeadlines: f.missedDeadlines + m.missed,
        }
        return complaintLevel(g).level <= complaintLevel(f).level
      }),
      { numRuns: 500 },
    )
  })
})

describe('complaintCallbackDeadline (C4)', () => {
  it('end of the 7th calendar day after handling', () => {
    expect(complaintCallbackDeadline({ handledAt: sh('2026-03-10T10:00:00') })).toEqual({
      due: end('2026-03-17'),
      rule: 'C4',
      label: 'C4 投诉上门回访 7天内',
    })
  })
  it('counts from the Shanghai date and across the year end', () => {
    // 2026-12-24T17:00Z is 2026-12-25 01:00 in Shanghai
    expect(complaintCallbackDeadline({ handledAt: new Date('2026-12-24T17:00:00Z') }).due).toEqual(end('2027-01-01'))
  })
})

describe('C4 is never before the handling', () => {
  it('for any instant 2004–2027', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2027, 11, 31, 23, 59) }), (ms) => {
        const handledAt = new Date(ms)
        return complaintCallbackDeadline({ handledAt }).due.getTime() >= handledAt.getTime()
      }),
      { numRuns: 200 },
    )
  })
})

describe('complaintDeadlines and missedDeadlines (P7 input)', () => {
  const base = { registeredAt: sh('2026-03-09T10:00:00'), urgency: 'general' as const, channel: 'phone' as const }

  it('before handling only the R1 reply exists', () => {
    expect(complaintDeadlines(base).map((d) => [d.key, d.rule, d.due])).toEqual([['reply', 'R1', sh('2026-03-11T10:00:00')]])
  })

  it('after handling: reply, result reply (R2) and callback (C4)', () => {
    const d = complaintDeadlines({ ...base, handledAt: sh('2026-03-13T15:00:00'), repliedAt: sh('2026-03-10T09:00:00') })
    expect(d.map((x) => [x.key, x.rule, x.due, x.doneAt])).toEqual([
      ['reply', 'R1', sh('2026-03-11T10:00:00'), sh('2026-03-10T09:00:00')],
      ['resultReply', 'R2', end('2026-03-16'), null],
      ['callback', 'C4', end('2026-03-20'), null],
    ])
  })

  it('not missed at the due instant itself, missed 1 ms later', () => {
    const d = { due: sh('2026-03-11T10:00:00'), doneAt: null }
    expect(isDeadlineMissed(d, sh('2026-03-11T10:00:00'))).toBe(false)
    expect(isDeadlineMissed(d, sh('2026-03-11T10:00:00.001'))).toBe(true)
  })

  it('done by the due is never missed', () => {
    expect(isDeadlineMissed({ due: sh('2026-03-11T10:00:00'), doneAt: sh('2026-03-11T10:00:00') }, sh('2026-04-01T00:00:00'))).toBe(
      false,
    )
  })

  it('done late still counts as missed once the due passed', () => {
    expect(isDeadlineMissed({ due: sh('2026-03-11T10:00:00'), doneAt: sh('2026-03-11T11:00:00') }, sh('2026-03-12T00:00:00'))).toBe(
      true,
    )
  })

  it('missedDeadlines returns the keys passed undone, in order', () => {
    const d = complaintDeadlines({ ...base, handledAt: sh('2026-03-13T15:00:00'), repliedAt: sh('2026-03-12T09:00:00') })
    expect(missedDeadlines(d, sh('2026-03-15T12:00:00'))).toEqual(['reply'])
    expect(missedDeadlines(d, sh('2026-03-21T00:00:00'))).toEqual(['reply', 'resultReply', 'callback'])
    expect(missedDeadlines(d, sh('2026-03-10T00:00:00'))).toEqual([])
  })

  it('feeds complaintLevel: two missed deadlines take a communicative complaint to level 2', () => {
    const d = complaintDeadlines({ ...base, handledAt: sh('2026-03-13T15:00:00') })
    const missed = missedDeadlines(d, sh('2026-03-17T00:00:00')).length
    expect(missed).toBe(2)
    expect(complaintLevel({ nature: 'communicative', channel: 'phone', missedDeadlines: missed }).level).toBe(2)
  })
})

describe('leadsForLevel (P5/P6 for a stored level)', () => {
  it('level 4 is led by the owner, no joint visit', () => {
    expect(leadsForLevel(4)).toEqual({ leads: ['owner'], jointVisit: [], major: false })
  })
  it('level 3 is led by the heads of quality, customer service and engineering', () => {
    expect(leadsForLevel(3).leads).toEqual(['qualityHead', 'customerServiceHead', 'engineeringHead'])
    expect(leadsForLevel(3).major).toBe(false)
  })
  it('levels 1 and 2 are major with the joint-visit team', () => {
    expect(leadsForLevel(2)).toEqual({ leads: ['projectManager'], jointVisit: ['centerManager', 'chiefHousekeeper', 'departmentHead', 'housekeeper'], major: true })
    expect(leadsForLevel(1).leads).toEqual(['generalManager'])
  })
  it('agrees with complaintLevel for every level', () => {
    const cases = [
      { nature: 'communicative', channel: 'phone' },
      { nature: 'effective', channel: 'phone' },
      { nature: 'effective', channel: 'phone', propertyDamageOrSafety: true },
      { nature: 'communicative', channel: 'media' },
    ] as const
    for (const c of cases) {
      const r = complaintLevel(c)
      expect(leadsForLevel(r.level)).toEqual({ leads: r.leads, jointVisit: r.jointVisit, major: r.major })
    }
  })
  it('refuses an unknown level', () => {
    expect(() => leadsForLevel(5 as never)).toThrow(RangeError)
  })
})

describe('repeatWindowStart (P5 repeat window)', () => {
  it('is 30 days before the new registration by default', () => {
    expect(repeatWindowStart(new Date('2026-03-31T02:00:00Z')).toISOString()).toBe('2026-03-01T02:00:00.000Z')
  })
  it('follows the setting', () => {
    expect(repeatWindowStart(new Date('2026-03-31T02:00:00Z'), { escalation: { repeatWindowDays: 7 } }).toISOString()).toBe('2026-03-24T02:00:00.000Z')
  })
})
