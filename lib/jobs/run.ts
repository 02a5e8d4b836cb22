import type { Db } from '@/lib/db'
import { escalateMissedDeadlines } from './escalate-missed-deadlines'
import { refreshRainCallbacks } from './refresh-rain-callbacks'
import { markBrokenPromises } from '@/lib/server/fees/mark-broken-promises'

export type JobReport = Record<string, number>

type Job = { name: string; run: (db: Db, now: Date) => Promise<number> }

// Each job returns how many records it changed; every job is safe to run on several instances at once.
export const JOBS: Job[] = [
  { name: 'escalateMissedDeadlines', run: (db, now) => escalateMissedDeadlines(db, now) },
  { name: 'refreshRainCallbacks', run: (db, now) => refreshRainCallbacks(db, now) },
  { name: 'markBrokenPromises', run: (db, now) => markBrokenPromises(db, now) },
]

export async function runJobsOnce(db: Db, now: Date): Promise<JobReport> {
  const report: JobReport = {}
  for (const job of JOBS) report[job.name] = await job.run(db, now)
  return report
}
