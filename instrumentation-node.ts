// Node.js server start: check the environment (stop with one clear line), then start the background jobs.
import { parseEnv } from './lib/env'

const r = parseEnv()
if (!r.ok) {
  for (const p of r.problems) console.error(`[管家台] 环境变量有误：${p}`)
  process.exit(1)
}
if (r.env.JOBS_ENABLED === '1') {
  const { startJobLoop } = await import('./lib/jobs/loop')
  startJobLoop(r.env.JOBS_INTERVAL_SECONDS * 1000)
}
