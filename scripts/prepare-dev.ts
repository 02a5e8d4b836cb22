// Runs before `next dev`: a local AUTH_SECRET, the database migrated, and demo data on first start.
import crypto from 'node:crypto'
import fs from 'node:fs'
import { DEFAULT_DATABASE_URL } from '../lib/db/url'
import { loadEnvFiles } from '../lib/db/env-files'
import { prisma } from './prisma-cli'

loadEnvFiles()

if (!process.env.AUTH_SECRET) {
  const secret = crypto.randomBytes(32).toString('base64url')
  fs.appendFileSync('.env.local', `${fs.existsSync('.env.local') ? '\n' : ''}AUTH_SECRET=${secret}\n`)
  process.env.AUTH_SECRET = secret
  console.log('[管家台] 已为本机开发生成 AUTH_SECRET，保存在 .env.local（生产环境请自行设置）')
}

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
prisma(['migrate', 'deploy'], url, true)

const { createDb } = await import('../lib/db/client')
const db = createDb(url)
const users = await db.user.count()
await db.$disconnect()
if (users === 0) {
  console.log('[管家台] 数据库为空，正在写入演示数据…')
  const { seed } = await import('../prisma/seed/seed')
  await seed(url)
}
