// Gives each integration test file a fresh database copied from the migrated template, before lib/db is imported.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, inject } from 'vitest'
import pg from 'pg'

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string
  }
}

const template = inject('dbTemplate')
const g = globalThis as unknown as { __gjtDb?: { $disconnect(): Promise<void> } }
const id = `${process.ppid}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
let cleanup: () => Promise<void> = async () => {}

if (template.startsWith('pg:')) {
  const base = new URL(process.env.TEST_POSTGRES_URL!)
  const name = `gjt_t_${id}`
  const admin = new pg.Client({ connectionString: base.toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.slice(3)}"`)
  await admin.end()
  base.pathname = `/${name}`
  process.env.DATABASE_URL = base.toString()
  cleanup = async () => {
    const a = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await a.connect()
    await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await a.end()
  }
} else {
  const src = template.slice('file:'.length)
  const file = path.join(path.dirname(src), `file-${id}.db`)
  fs.copyFileSync(src, file)
  process.env.DATABASE_URL = `file:${file}`
  cleanup = async () => {
    for (const ext of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + ext, { force: true })
  }
}
// A client cached by an earlier test file in this worker points at another database.
g.__gjtDb = undefined

afterAll(async () => {
  await g.__gjtDb?.$disconnect()
  g.__gjtDb = undefined
  await cleanup()
})
