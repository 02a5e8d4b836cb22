// Only admins change the rule numbers. The whole merged settings are validated before saving; the
// change is version-checked and audited; every rule reads the new numbers from then on.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated, parseInput, type FormValues } from '@/lib/server/action'
import { defaultSettings, settingsSchema, type Settings } from '@/lib/rules'
import { version as versionField } from '@/lib/validation/common'
import { fromFormValue, getPath, SETTING_FIELDS } from './settings-fields'

function setPath(obj: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let o: Record<string, unknown> = obj
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>
  o[keys.at(-1)!] = value
}

export async function updateSettings({ actor, values }: { actor: Actor; values: FormValues }) {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '只有管理员可以修改规则参数')
  const version = parseInput(versionField, values.version)
  const center = await db.centerSettings.findUnique({ where: { id: 1 } })
  if (!center) throw new AppError('NOT_FOUND')
  const stored = (center.rules ?? {}) as Record<string, unknown>
  const next = structuredClone({ ...defaultSettings, ...stored, timeZone: center.timeZone }) as unknown as Record<string, unknown>
  // Calendar days are stored as rows (CalendarDay), not in the JSON.
  next.calendar = { holidays: [], workdays: [], coveredYears: (getPath(stored, 'calendar.coveredYears') as number[]) ?? [] }
  for (const f of SETTING_FIELDS) {
    const raw = values[f.path]
    if (typeof raw === 'string') setPath(next, f.path, fromFormValue(f, raw))
  }
  const settings = parseInput(settingsSchema, next) as Settings
  const { timeZone, ...rules } = settings
  return db.$transaction(async (tx) => {
    const r = await tx.centerSettings.updateMany({ where: { id: 1, version }, data: { timeZone, rules: rules as object, version: { increment: 1 } } })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'CenterSettings', entityId: '1', action: 'update', before: { timeZone: center.timeZone, rules: center.rules }, after: { timeZone, rules } })
    return settings
  })
}
