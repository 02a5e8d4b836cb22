// Migrates one template database per run (SQLite file, or a PostgreSQL database when TEST_POSTGRES_URL is set);
// each test file then gets its own copy (tests/setup/integration-db.ts).
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '../..')
export const TMP = path.join(root, 'tests/.tmp')

function migrate(url: string, config: string) {
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy', '--config', config], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'pipe',
    })
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer }
    throw new Error(`migrate deploy failed for ${config}:\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`)
  }
}

export default async function setup({ provide }: { provide: (k: string, v: string) => void }) {
  fs.mkdirSync(TMP, { recursive: true })
  const pgUrl = process.env.TEST_POSTGRES_URL
  if (pgUrl) {
    const run = `gjt_tpl_${process.pid}_${Date.now().toString(36)}`
    const admin = new pg.Client({ connectionString: pgUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${run}"`)
    const u = new URL(pgUrl)
    u.pathname = `/${run}`
    migrate(u.toString(), 'prisma/postgres.config.ts')
    provide('dbTemplate', `pg:${run}`)
    return async () => {
      // Drop the template and every per-file copy this run made.
      const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`gjt_t_${process.pid}_%`])
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`)
      await admin.query(`DROP DATABASE IF EXISTS "${run}" WITH (FORCE)`)
      await admin.end()
    }
  }
  const template = path.join(TMP, `template-${process.pid}.db`)
  fs.rmSync(template, { force: true })
  migrate(`file:${template}`, 'prisma/sqlite.config.ts')
  provide('dbTemplate', `file:${template}`)
  return () => {
    for (const f of fs.readdirSync(TMP)) {
      if (f.startsWith(`template-${process.pid}.`) || f.startsWith(`file-${process.pid}_`)) fs.rmSync(path.join(TMP, f), { force: true })
    }
  }
}
