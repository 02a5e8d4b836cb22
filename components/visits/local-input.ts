// Instants as `<input type="datetime-local">` values in the center's time zone, and back — pure, used on the phone and in tests.
import { localDateTime, localParts } from '@/lib/rules/time'

const pad = (n: number) => String(n).padStart(2, '0')

export function toLocalInput(at: Date, timeZone: string): string {
  const p = localParts(at, { timeZone })
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

/** null when the value is not a complete 'YYYY-MM-DDTHH:MM'. */
export function fromLocalInputSafe(value: string | undefined, timeZone: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value ?? '')
  if (!m) return null
  try {
    return localDateTime(m[1]!, m[2]!, { timeZone })
  } catch {
    return null
  }
}
