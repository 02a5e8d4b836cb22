// Playwright's web server: a fresh seeded SQLite database and a production build (`next build` + `next start`).
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { prisma } from './prisma-cli'

const port = process.env.E2E_PORT ?? '3100'
const file = path.resolve(`tests/.tmp/e2e-${port}.db`)
const url = `file:${file}`
fs.mkdirSync(path.dirname(file), { recursive: true })
for (const ext of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + ext, { force: true })
prisma(['migrate', 'deploy'], url, true)
const { seed } = await import('../prisma/seed/seed')
await seed(url)

const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  NEXTAUTH_URL: `http://localhost:${port}`,
  // The tests run the jobs themselves with an injected clock.
  JOBS_ENABLED: '0',
}
if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env })
}
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], { stdio: 'inherit', env })
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
