import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'

/** A person's own notifications only. */
export async function listNotifications({ actor, unreadOnly, page, pageSize = 30 }: { actor: Actor; unreadOnly: boolean; page: number; pageSize?: number }) {
  const where = { userId: actor.id, ...(unreadOnly ? { readAt: null } : {}) }
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({ where, orderBy: { createdAt: 'desc' }, skip: (page - 1) * pageSize, take: pageSize, select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true } }),
  ])
  return { total, rows }
}

export async function markNotificationsRead({ actor, ids, now = new Date() }: { actor: Actor; ids: string[] | "all"; now?: Date }) {
  // userId in the where clause: nobody marks someone else's notifications.
  const where = ids === 'all' ? { userId: actor.id, readAt: null } : { userId: actor.id, id: { in: ids }, readAt: null }
  return (await db.notification.updateMany({ where, data: { readAt: now } })).count
}
