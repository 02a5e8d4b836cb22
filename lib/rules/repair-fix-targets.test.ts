import { describe, expect, it } from 'vitest'
import { fixTargets } from './repair-fix-targets'

// Reported Tue 2026-03-10 10:00 Shanghai.
const reportedAt = new Date('2026-03-10T02:00:00Z')
const due = (category: Parameters<typeof fixTargets>[0]['category'], urgent = false) => fixTargets({ category, urgent, reportedAt }).map((f) => [f.kind, f.due?.toISOString() ?? null])

describe('§3.1 fix targets', () => {
  it('urgent, pipe and appliance repairs are fixed the same local day', () => {
    expect(due('urgent')).toEqual([['urgentSameDay', '2026-03-10T15:59:59.999Z']])
    expect(due('pipe')).toEqual([['pipe', '2026-03-10T15:59:59.999Z']])
    expect(due('appliance')).toEqual([['appliance', '2026-03-10T15:59:59.999Z']])
  })
  it('a safety hazard is "at once" (no later due)', () => {
    expect(due('safety')).toEqual([['safety', null]])
  })
  it('leak and TV within 2 days, wall crack within 3, other (general) within 3 — end of that calendar day', () => {
    expect(due('leak')).toEqual([['leak', '2026-03-12T15:59:59.999Z']])
    expect(due('tv')).toEqual([['tv', '2026-03-12T15:59:59.999Z']])
    expect(due('wallCrack')).toEqual([['wallCrack', '2026-03-13T15:59:59.999Z']])
    expect(due('other')).toEqual([['other', '2026-03-13T15:59:59.999Z']])
  })
  it('another category flagged urgent is also fixed the same day, in addition to its own target', () => {
    expect(due('leak', true)).toEqual([
      ['urgentSameDay', '2026-03-10T15:59:59.999Z'],
      ['leak', '2026-03-12T15:59:59.999Z'],
    ])
  })
  it('the local date decides "same day": 23:30 UTC is already the next day in Shanghai', () => {
    const late = fixTargets({ category: 'pipe', urgent: false, reportedAt: new Date('2026-03-10T17:30:00Z') })
    expect(late[0]!.due!.toISOString()).toBe('2026-03-11T15:59:59.999Z')
  })
  it('follows the settings', () => {
    const f = fixTargets({ category: 'leak', urgent: false, reportedAt }, { repairFixTargets: { leakHandleDays: 1 } })
    expect(f[0]!.due!.toISOString()).toBe('2026-03-11T15:59:59.999Z')
  })
})
