// One timer per server process runs the jobs; each job is safe to run concurrently on several
// instances (unique keys make its writes exactly-once), so no leader election is needed.
import { db } from '@/lib/db'
import { runJobsOnce } from './run'

const g = globalThis as unknown as { __gjtJobTimer?: NodeJS.Timeout; __gjtJobRunning?: boolean }

export function startJobLoop(intervalMs: number) {
  if (g.__gjtJobTimer) return
  const tick = async () => {
    if (g.__gjtJobRunning) return
    g.__gjtJobRunning = true
    try {
      await runJobsOnce(db, new Date())
    } catch (e) {
      console.error('[管家台] 后台任务失败：', (e as Error).message)
    } finally {
      g.__gjtJobRunning = false
    }
  }
  g.__gjtJobTimer = setInterval(tick, intervalMs)
  g.__gjtJobTimer.unref?.()
  setTimeout(tick, 2_000).unref?.()
}
