// Prisma CLI config for PostgreSQL (production). Usage: DATABASE_URL=postgres://… prisma … --config prisma/postgres.config.ts
import path from 'node:path'
import pg from 'pg'
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'
import { loadEnvFiles } from '../lib/db/env-files'

loadEnvFiles()

// adapter-pg 6.19.3 cannot deserialize the catalog types `char` (18) and `name` (19) that the
// schema engine reads (prisma/orm#27403); report them as text (25). The pool is told to use this
// client class, which works whichever copy of `pg` the CLI loaded. CLI only: the app never reads them.
type Fields = { fields?: { dataTypeID: number }[] }
function asText<T extends Fields>(r: T): T {
  for (const f of r?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25
  return r
}
class CatalogSafeClient extends pg.Client {
  // @ts-expect-error -- one override for pg's many query() overloads
  query(...args: unknown[]) {
    // pg.Pool calls query(config, values, callback); direct callers may use the promise.
    const last = args.length - 1
    if (typeof args[last] === 'function') {
      const cb = args[last] as (err: unknown, r: Fields) => void
      args[last] = (err: unknown, r: Fields) => cb(err, err ? r : asText(r))
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args)
    if (result && typeof (result as Promise<Fields>).then === 'function') return (result as Promise<Fields>).then(asText)
    return result
  }
}

function pgConfig() {
  const raw = process.env.DATABASE_URL ?? ''
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('DATABASE_URL 必须是 postgres:// 连接串（PostgreSQL 配置）')
  const u = new URL(raw)
  // Separate fields, not a connection string: the shadow database must not reuse the main one (STACK.md).
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || 'postgres'),
    password: decodeURIComponent(u.password || ''),
    database: decodeURIComponent(u.pathname.slice(1) || 'postgres'),
    idleTimeoutMillis: 100,
    Client: CatalogSafeClient as unknown as typeof pg.Client,
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // Paths are relative to this file.
  schema: path.join('postgres', 'schema'),
  migrations: { path: path.join('postgres', 'migrations') },
  async adapter() {
    return new PrismaPg(pgConfig())
  },
})
