// Audit log: who changed what and when, written inside the same transaction as the change.
import type { Tx } from '@/lib/db'

export type AuditEntry = {
  actorId: string | null
  entity: string
  entityId: string
  action: string
  before?: unknown
  after?: unknown
  at?: Date
}

function plain(v: unknown) {
  if (v === undefined) return undefined
  return JSON.parse(JSON.stringify(v)) as object
}

export async function audit(tx: Tx, e: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: e.actorId,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      before: plain(e.before),
      after: plain(e.after),
      ...(e.at ? { at: e.at } : {}),
    },
  })
}
