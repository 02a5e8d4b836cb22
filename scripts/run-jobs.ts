// npm run jobs -- [--once] [--now 2026-11-25T10:00:00+08:00]
// Runs the background jobs outside the web server (e.g. from cron, or in tests with an injected clock).
import { loadEnvFiles } from '../lib/db/env-files'

loadEnvFiles()
const args = process.argv.slice(2)
const nowArg = args.includes('--now') ? args[args.indexOf('--now') + 1] : undefined
const now = nowArg ? new Date(nowArg) : undefined
if (now && Number.isNaN(now.getTime())) {
  console.error(`--now 不是有效时间：${nowArg}`)
  process.exit(2)
}
const { createDb } = await import('../lib/db/client')
const { runJobsOnce } = await import('../lib/jobs/run')
const db = createDb()
try {
  const report = await runJobsOnce(db, now ?? new Date())
  console.log(JSON.stringify(report))
} finally {
  await db.$disconnect()
}
