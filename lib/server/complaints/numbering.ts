// Human complaint/repair numbers per local day (TS-20261125-0007): one atomic counter row per prefix and day.
import type { Tx } from '@/lib/db'

export async function nextNumber(tx: Tx, prefix: string, localDate: string) {
  const key = `${prefix}-${localDate}`
  // INSERT … ON CONFLICT … RETURNING is atomic on both SQLite and PostgreSQL.
  const rows = await tx.$queryRaw<Array<{ value: number | bigint }>>`
    INSERT INTO "Counter" ("key", "value") VALUES (${key}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "Counter"."value" + 1
    RETURNING "value"`
  const n = Number(rows[0]!.value)
  return `${prefix}-${localDate.replaceAll('-', '')}-${String(n).padStart(4, '0')}`
}
