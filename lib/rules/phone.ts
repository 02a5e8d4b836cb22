// V5: phone visits only Tue–Sun 09:00–12:00, 14:00–17:30, 19:00–21:00 local (start inclusive, end exclusive).
import { resolveSettings, type PhoneWindow, type Settings } from './settings'
import { addLocalDays, localDateTime, localMsOfDay, localWeekday, parseLocalTime, toLocalDate } from './time'
import type { DeepPartial } from './types'

type SettingsArg = DeepPartial<Settings> | Settings | undefined

const MIN_MS = 60_000

function windowsMs(windows: readonly PhoneWindow[]): Array<{ start: number; end: number; startText: string }> {
  return windows
    .map((w) => ({ start: parseLocalTime(w.start) * MIN_MS, end: parseLocalTime(w.end) * MIN_MS, startText: w.start }))
    .filter((w) => w.start < w.end)
    .sort((a, b) => a.start - b.start)
}

/** SPEC §9, V5. */
export function isPhoneWindow(at: Date, settings?: DeepPartial<Settings>): boolean {
  const s = resolveSettings(settings)
  if (s.phone.forbiddenWeekdays.includes(localWeekday(at, s))) return false
  const ms = localMsOfDay(at, s)
  return windowsMs(s.phone.windows).some((w) => ms >= w.start && ms < w.end)
}

/** SPEC §9, V5: `at` itself when allowed, else the start of the next allowed window. */
export function nextPhoneWindow(at: Date, settings?: DeepPartial<Settings>): Date {
  const s = resolveSettings(settings)
  if (isPhoneWindow(at, s)) return at
  const windows = windowsMs(s.phone.windows)
  const allowedDays = [0, 1, 2, 3, 4, 5, 6].filter((d) => !s.phone.forbiddenWeekdays.includes(d))
  if (windows.length === 0 || allowedDays.length === 0) {
    throw new RangeError('设置中没有可用的电话回访时段')
  }
  // Any allowed weekday recurs within 7 days; one extra day absorbs a window start that a
  // DST jump would skip in zones that have DST.
  const today = toLocalDate(at, s)
  for (let i = 0; i <= 8; i++) {
    const d = addLocalDays(today, i)
    if (!allowedDays.includes(localWeekday(d))) continue
    for (const w of windows) {
      const candidate = localDateTime(d, w.startText, s)
      if (candidate.getTime() > at.getTime() && isPhoneWindow(candidate, s)) return candidate
    }
  }
  throw new RangeError('设置中没有可用的电话回访时段')
}
