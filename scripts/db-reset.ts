// npm run db:reset — deletes the SQLite database (or resets PostgreSQL), migrates and seeds again.
import fs from 'node:fs'
import { DEFAULT_DATABASE_URL, providerOf, sqliteFileFromUrl } from '../lib/db/url'
import { loadEnvFiles } from '../lib/db/env-files'
import { prisma } from './prisma-cli'

loadEnvFiles()
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
if (providerOf(url) === 'sqlite') {
  const file = sqliteFileFromUrl(url)
  for (const ext of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + ext, { force: true })
  prisma(['migrate', 'deploy'], url)
} else {
  prisma(['migrate', 'reset', '--force', '--skip-seed', '--skip-generate'], url)
}
const { seed } = await import('../prisma/seed/seed')
await seed(url)
