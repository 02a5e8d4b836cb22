import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { updateSettings } from '@/lib/server/settings/update-settings'
import { deleteCalendarDay, recordRainDay, saveCalendarDay } from '@/lib/server/settings/calendar-days'
import { getPath, SETTING_FIELDS, toFormValue } from '@/lib/server/settings/settings-fields'
import { addWorkingDays, defaultSettings } from '@/lib/rules'
import { registered } from '../fixtures/complaints'
import { makeTwoAreas, makeUser } from '../fixtures/factories'

async function center() {
  await db.centerSettings.upsert({ where: { id: 1 }, create: { id: 1, name: '测试中心', rules: {} }, update: {} })
}

function formOf(overrides: Record<string, string> = {}) {
  const v: Record<string, string> = { version: '1' }
  for (const f of SETTING_FIELDS) v[f.path] = toFormValue(f, getPath(defaultSettings, f.path))
  return { ...v, ...overrides }
}

describe('rule settings (admin only, validated, audited)', () => {
  it('an admin changes R1 urgent to 12 hours: new complaints follow, the change is audited', async () => {
    await center()
    const { actor } = await makeUser('admin')
    await updateSettings({ actor, values: formOf({ 'replyHours.urgent': '12', 'fees.lateFeeDailyRate': '0.5' }) })
    const s = await loadSettings()
    expect(s.replyHours.urgent).toBe(12)
    expect(s.fees.lateFeeDailyRate).toBeCloseTo(0.0005)
    const { h1 } = await makeTwoAreas()
    const desk = await makeUser('frontDesk')
    const c = await registered(desk.actor, h1.id, new Date('2026-11-25T02:00:00Z'))
    expect(c.replyDueAt.toISOString()).toBe('2026-11-25T14:00:00.000Z')
    expect(await db.auditLog.count({ where: { entity: 'CenterSettings', action: 'update', actorId: actor.id } })).toBe(1)
  })

  it('refuses a bad number with the field message and changes nothing; refuses a stale version', async () => {
    await center()
    const { actor } = await makeUser('admin')
    const v = (await db.centerSettings.findUniqueOrThrow({ where: { id: 1 } })).version
    const err = await updateSettings({ actor, values: { ...formOf({ 'replyHours.general': 'abc', 'phone.windows.0.start': '25:00' }), version: String(v) } }).catch((e) => e)
    expect(err.code).toBe('INVALID')
    expect(err.fieldErrors['replyHours.general']).toBeDefined()
    expect(err.fieldErrors['phone.windows.0.start']).toBeDefined()
    expect((await db.centerSettings.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(v)
    const stale = await updateSettings({ actor, values: { ...formOf(), version: String(v + 5) } }).catch((e) => e)
    expect(stale.code).toBe('CONFLICT')
  })

  it('only admins change settings and the calendar', async () => {
    await center()
    for (const role of ['supervisor', 'centerManager', 'frontDesk', 'housekeeper', 'technician'] as const) {
      const { actor } = await makeUser(role)
      expect((await updateSettings({ actor, values: formOf() }).catch((e) => e)).code).toBe('FORBIDDEN')
      expect((await saveCalendarDay({ actor, input: { date: '2027-02-06', working: '0' } }).catch((e) => e)).code).toBe('FORBIDDEN')
    }
  })

  it('an added make-up working day counts in working-day deadlines at once', async () => {
    await center()
    const { actor } = await makeUser('admin')
    // Sat 2027-01-09 declared a working day: 1 working day from Fri 2027-01-08 lands on it.
    const from = new Date('2027-01-08T02:00:00Z')
    expect(addWorkingDays(from, 1, await loadSettings()).toISOString()).toBe('2027-01-11T15:59:59.999Z')
    const day = await saveCalendarDay({ actor, input: { date: '2027-01-09', working: '1', name: '测试调休' } })
    expect(addWorkingDays(from, 1, await loadSettings()).toISOString()).toBe('2027-01-09T15:59:59.999Z')
    await deleteCalendarDay({ actor, id: day.id })
    expect(addWorkingDays(from, 1, await loadSettings()).toISOString()).toBe('2027-01-11T15:59:59.999Z')
  })

  it('rain is recorded once per date by front desk, supervisor or admin; a housekeeper cannot', async () => {
    const desk = await makeUser('frontDesk')
    await recordRainDay({ actor: desk.actor, input: { date: '2026-11-20' } })
    await recordRainDay({ actor: desk.actor, input: { date: '2026-11-20' } })
    expect(await db.rainDay.count({ where: { date: '2026-11-20' } })).toBe(1)
    const hk = await makeUser('housekeeper')
    expect((await recordRainDay({ actor: hk.actor, input: { date: '2026-11-21' } }).catch((e) => e)).code).toBe('FORBIDDEN')
    expect((await recordRainDay({ actor: desk.actor, input: { date: '20-11-2026' } }).catch((e) => e)).code).toBe('INVALID')
  })
})
