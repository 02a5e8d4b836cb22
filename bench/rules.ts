// lib/rules speed: how many deadline computations per second a page or job can afford.
// Run: npx tsx bench/rules.ts   (prints figures; not a test)
import { addWorkingDays, complaintLevel, nextPhoneWindow, repairCallbacks, replyDeadline, resolveSettings, resultReplyDeadline, visitRequirements } from '../lib/rules'

const s = resolveSettings({})
const base = Date.parse('2026-01-01T00:00:00Z')
const at = (i: number) => new Date(base + ((i * 7_919_000) % (365 * 86_400_000)))

function bench(name: string, n: number, fn: (i: number) => unknown) {
  for (let i = 0; i < Math.min(n, 1000); i++) fn(i) // warm up
  const t0 = performance.now()
  for (let i = 0; i < n; i++) fn(i)
  const ms = performance.now() - t0
  console.log(`${name.padEnd(42)} ${String(n).padStart(8)} calls  ${(ms / n * 1000).toFixed(2).padStart(8)} µs/call  ${Math.round(n / (ms / 1000)).toLocaleString('en').padStart(12)} /s`)
}

bench('replyDeadline (R1)', 200_000, (i) => replyDeadline({ registeredAt: at(i), urgency: i % 2 ? 'urgent' : 'general' }, s))
bench('resultReplyDeadline (R2, working days)', 100_000, (i) => resultReplyDeadline({ handledAt: at(i), channel: i % 2 ? 'phone' : 'letter' }, s))
bench('addWorkingDays(10)', 50_000, (i) => addWorkingDays(at(i), 10, s))
bench('repairCallbacks (leak, 30 rain days)', 50_000, (i) => repairCallbacks({ category: 'leak', completedAt: at(i), rainDays: Array.from({ length: 30 }, (_, k) => `2026-0${1 + (k % 9)}-1${k % 10}`) }, s))
bench('complaintLevel', 200_000, (i) => complaintLevel({ nature: i % 2 ? 'effective' : 'communicative', channel: 'phone', householdsAffected: i % 40, priorSameMatterWithin30Days: i % 3, missedDeadlines: i % 2 }, s))
bench('nextPhoneWindow', 100_000, (i) => nextPhoneWindow(at(i), s))

const households = Array.from({ length: 800 }, (_, i) => ({ id: String(i), occupancy: (i % 8 ? 'occupied' : 'notMovedIn') as 'occupied' | 'notMovedIn', moveInDate: '2024-05-01', building: String(1 + (i % 8)), unit: 1 + (i % 2), floor: 1 + (i % 25), room: String(i) }))
const visits = households.filter((_, i) => i % 3).map((h, i) => ({ householdId: h.id, at: at(i), kind: 'home' as const }))
bench('visitRequirements (800 households, month)', 50, () => visitRequirements({ month: '2026-11', households, visits }, s))
