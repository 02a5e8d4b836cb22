// The center's rule settings: SPEC defaults, the admin's overrides (CenterSettings.rules) and calendar days.
import { cache } from 'react'
import { db, type Db } from '@/lib/db'
import { resolveSettings, type Settings } from '@/lib/rules'
import type { DeepPartial } from '@/lib/rules/types'

export async function loadSettings(client: Db = db): Promise<Settings> {
  const [center, days] = await Promise.all([
    client.centerSettings.findUnique({ where: { id: 1 }, select: { timeZone: true, rules: true } }),
    client.calendarDay.findMany({ select: { date: true, working: true } }),
  ])
  const overrides = (center?.rules ?? {}) as DeepPartial<Settings>
  const base = resolveSettings({ ...overrides, timeZone: center?.timeZone ?? overrides.timeZone })
  return resolveSettings({
    ...base,
    calendar: {
      ...base.calendar,
      holidays: [...base.calendar.holidays, ...days.filter((d) => !d.working).map((d) => d.date)],
      workdays: [...base.calendar.workdays, ...days.filter((d) => d.working).map((d) => d.date)],
    },
  })
}

/** Per request (React cache): pages and actions read the settings once. */
export const getSettings = cache(() => loadSettings())
