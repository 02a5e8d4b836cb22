// Reading a datetime-local form value ('2026-11-25T14:30') as a time in the center's zone.
import { localDateTime, type Settings } from '@/lib/rules'

export function fromLocalInput(value: string, settings: Settings): Date {
  const [d, t] = value.split('T')
  return localDateTime(d!, t!.slice(0, 5), settings)
}
