import { describe, expect, it } from 'vitest'
import { defaultSettings, resolveSettings, settingsSchema, validateSettings } from './settings'

describe('defaultSettings', () => {
  it('holds the SPEC defaults', () => {
    expect(defaultSettings.timeZone).toBe('Asia/Shanghai')
    expect(defaultSettings.replyHours).toEqual({ urgent: 24, general: 48 })
    expect(defaultSettings.resultReplyWorkingDays).toEqual({ oral: 1, written: 3 })
    expect(defaultSettings.writtenChannels).toEqual(['letter', 'online', 'media', 'authority'])
    expect(defaultSettings.complaintCallbackDays).toBe(7)
    expect(defaultSettings.escalation.level1HouseholdsAffected).toBe(30)
    expect(defaultSettings.escalation.level2HouseholdsAffected).toBe(10)
    expect(defaultSettings.phone.forbiddenWeekdays).toEqual([1])
    expect(defaultSettings.fees.lateFeeDailyRate).toBe(0.003)
    expect(defaultSettings.fees.reminderDays).toEqual([5, 10, 15, 20, 25])
  })

  it('is frozen so a shared default cannot be changed by a caller', () => {
    expect(Object.isFrozen(defaultSettings)).toBe(true)
    expect(Object.isFrozen(defaultSettings.phone.windows[0])).toBe(true)
  })

  it('passes its own schema', () => {
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true)
  })
})

describe('resolveSettings', () => {
  it('returns the defaults for no partial', () => {
    expect(resolveSettings()).toBe(defaultSettings)
    expect(resolveSettings(undefined)).toBe(defaultSettings)
  })

  it('deep-merges a nested partial and keeps the sibling defaults', () => {
    const s = resolveSettings({ replyHours: { urgent: 12 } })
    expect(s.replyHours).toEqual({ urgent: 12, general: 48 })
    expect(s.fees).toEqual(defaultSettings.fees)
  })

  it('replaces arrays instead of merging them', () => {
    const s = resolveSettings({ fees: { reminderDays: [7] }, phone: { windows: [{ start: '10:00', end: '11:00' }] } })
    expect(s.fees.reminderDays).toEqual([7])
    expect(s.phone.windows).toEqual([{ start: '10:00', end: '11:00' }])
    expect(s.phone.forbiddenWeekdays).toEqual([1])
  })

  it('returns the cached result for the same partial object', () => {
    const partial = { complaintCallbackDays: 5 }
    expect(resolveSettings(partial)).toBe(resolveSettings(partial))
    expect(resolveSettings({ complaintCallbackDays: 5 })).not.toBe(resolveSettings(partial))
  })

  it('passes an already resolved object through unchanged', () => {
    const s = resolveSettings({ complaintCallbackDays: 5 })
    expect(resolveSettings(s)).toBe(s)
  })

  it('ignores keys that are not settings', () => {
    const s = resolveSettings({ nonsense: 1 } as never)
    expect(s).toEqual(defaultSettings)
    expect('nonsense' in s).toBe(false)
  })

  it('does not share arrays with the caller', () => {
    const days = [3, 4]
    const s = resolveSettings({ fees: { reminderDays: days } })
    days.push(9)
    expect(s.fees.reminderDays).toEqual([3, 4])
  })
})

describe('settingsSchema', () => {
  const merged = (p: Parameters<typeof resolveSettings>[0]) => JSON.parse(JSON.stringify(resolveSettings(p)))

  it('rejects a phone window whose end is not after its start, in Chinese', () => {
    const r = settingsSchema.safeParse(merged({ phone: { windows: [{ start: '12:00', end: '09:00' }] } }))
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('时段的结束时间必须晚于开始时间')
  })

  it('rejects forbidding every weekday', () => {
    const r = settingsSchema.safeParse(merged({ phone: { forbiddenWeekdays: [0, 1, 2, 3, 4, 5, 6] } }))
    expect(r.success).toBe(false)
  })

  it('rejects a negative late-fee rate and accepts 0', () => {
    expect(settingsSchema.safeParse(merged({ fees: { lateFeeDailyRate: -0.001 } })).success).toBe(false)
    expect(settingsSchema.safeParse(merged({ fees: { lateFeeDailyRate: 0 } })).success).toBe(true)
  })

  it('rejects an unknown time zone and a non-existent override date', () => {
    expect(settingsSchema.safeParse(merged({ timeZone: 'Mars/Olympus' })).success).toBe(false)
    expect(settingsSchema.safeParse(merged({ calendar: { holidays: ['2026-02-30'] } })).success).toBe(false)
  })

  it('rejects a date that is both an extra holiday and an extra workday', () => {
    const r = settingsSchema.safeParse(merged({ calendar: { holidays: ['2027-02-09'], workdays: ['2027-02-09'] } }))
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('同一天不能既是休息日又是工作日')
  })

  it('rejects level-2 household threshold above the level-1 threshold', () => {
    const r = settingsSchema.safeParse(merged({ escalation: { level2HouseholdsAffected: 40 } }))
    expect(r.success).toBe(false)
  })

  it('validateSettings returns the parsed settings or throws', () => {
    expect(validateSettings(merged({ complaintCallbackDays: 3 })).complaintCallbackDays).toBe(3)
    expect(() => validateSettings(merged({ complaintCallbackDays: 1.5 }))).toThrow()
  })
})
