// The one Prisma client of the process, on SQLite or PostgreSQL chosen by DATABASE_URL (docs/decisions/0002).
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as SqliteClient, type Prisma } from './generated/sqlite/client'
import { PrismaClient as PgClient } from './generated/postgres/client'
import { DEFAULT_DATABASE_URL, providerOf, sqliteFileFromUrl } from './url'
import { ensureWal } from './sqlite-wal'

// Both generated clients have the same models and query API; the SQLite one gives the types.
export type Db = InstanceType<typeof SqliteClient>
/** A transaction client, or the client itself (both can run queries). */
export type Tx = Prisma.TransactionClient

export function createDb(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Db {
  if (providerOf(url) === 'sqlite') {
    const file = sqliteFileFromUrl(url)
    ensureWal(file)
    // timeout: wait up to 10 s for another writer (jobs, a second request) instead of failing at once.
    const adapter = new PrismaBetterSQLite3({ url: file, timeout: 10_000 })
    return new SqliteClient({ adapter })
  }
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) })
  return new PgClient({ adapter }) as unknown as Db
}

const globalForDb = globalThis as unknown as { __gjtDb?: Db }

function current(): Db {
  return (globalForDb.__gjtDb ??= createDb())
}

/**
 * The shared client, created on first use from DATABASE_URL and kept on globalThis (dev hot reloads do not
 * open new connections). A proxy, so code that imported `db` follows a later `useDatabase()` (seed, tests).
 */
export const db: Db = new Proxy({} as Db, {
  get(_, key) {
    const c = current() as unknown as Record<string | symbol, unknown>
    const v = c[key]
    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(c) : v
  },
})

/** Points the shared client at another database (closing the old one). */
export async function useDatabase(url: string) {
  const old = globalForDb.__gjtDb
  process.env.DATABASE_URL = url
  globalForDb.__gjtDb = createDb(url)
  await old?.$disconnect()
}

export function dbProvider(): 'sqlite' | 'postgres' {
  return providerOf(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
}
