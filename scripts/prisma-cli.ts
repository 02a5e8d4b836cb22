// Runs the Prisma CLI with the config that matches DATABASE_URL.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_DATABASE_URL, providerOf, sqliteFileFromUrl } from '../lib/db/url'
import { ensureWal } from '../lib/db/sqlite-wal'

export function configFor(url: string) {
  return providerOf(url) === 'sqlite' ? 'prisma/sqlite.config.ts' : 'prisma/postgres.config.ts'
}

export function prisma(args: string[], url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL, quiet = false) {
  if (providerOf(url) === 'sqlite') fs.mkdirSync(path.dirname(sqliteFileFromUrl(url)), { recursive: true })
  execFileSync(process.execPath, [path.resolve('node_modules/prisma/build/index.js'), ...args, '--config', configFor(url)], {
    stdio: quiet ? 'pipe' : 'inherit',
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  })
  if (providerOf(url) === 'sqlite') ensureWal(sqliteFileFromUrl(url))
}
