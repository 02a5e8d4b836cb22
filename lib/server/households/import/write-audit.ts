// Audit rows written in batches: the same rows as lib/audit.ts `audit()`, one INSERT per 500 instead of one per change.
import type { Tx } from '@/lib/db'
import type { AuditEntry } from '@/lib/audit'
import { chunks } from './load-state'

const plain = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as object))

export async function writeAudit(tx: Tx, entries: AuditEntry[]) {
  for (const part of chunks(entries)) {
    await tx.auditLog.createMany({
      data: part.map((e) => ({ actorId: e.actorId, entity: e.entity, entityId: e.entityId, action: e.action, before: plain(e.before), after: plain(e.after), ...(e.at ? { at: e.at } : {}) })),
    })
  }
}
