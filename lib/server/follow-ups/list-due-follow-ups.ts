import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'

/** Open follow-ups assigned to the actor that are overdue or due by `until`. */
export function listDueFollowUps({ actor, until }: { actor: Actor; until: Date }) {
  return db.followUp.findMany({
    where: { assigneeId: actor.id, status: 'open', dueAt: { lte: until }, household: householdScope(actor) },
    orderBy: { dueAt: 'asc' },
    take: 50,
    select: { id: true, title: true, dueAt: true, rule: true, createdAt: true, household: { select: { id: true, roomNo: true } } },
  })
}
