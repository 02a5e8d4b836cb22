// In-app notifications, written in the caller's transaction; a dedupe key makes a repeated job write none twice.
import type { Tx } from '@/lib/db'

export type NewNotification = { userId: string; kind: string; title: string; body?: string; link?: string; dedupeKey?: string }

export async function notify(tx: Tx, list: NewNotification[]) {
  for (const n of list) {
    if (n.dedupeKey) {
      const exists = await tx.notification.findUnique({ where: { dedupeKey: n.dedupeKey }, select: { id: true } })
      if (exists) continue
    }
    await tx.notification.create({ data: n })
  }
}
