import type { Db } from '@/lib/db'

export type JobReport = Record<string, number>

type Job = { name: string; run: (db: Db, now: Date) => Promise<number> }

// Jobs register here; each returns how many records it changed.
export const JOBS: Job[] = []

export async function runJobsOnce(db: Db, now: Date): Promise<JobReport> {
  const report: JobReport = {}
  for (const job of JOBS) report[job.name] = await job.run(db, now)
  return report
}
