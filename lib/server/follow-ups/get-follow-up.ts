// One follow-up with where it came from, for its page; outside the actor's follow-up scope: NOT_FOUND.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { actorDepartment, followUpScope } from './follow-up-scope'

export async function getFollowUp({ actor, id }: { actor: Actor; id: string }) {
  const department = await actorDepartment(actor)
  const f = await db.followUp.findFirst({
    where: { AND: [{ id }, followUpScope(actor, department)] },
    select: {
      id: true,
      title: true,
      source: true,
      urgency: true,
      dueAt: true,
      rule: true,
      department: true,
      status: true,
      reply: true,
      closedAt: true,
      createdAt: true,
      version: true,
      assigneeId: true,
      assignee: { select: { name: true } },
      createdBy: { select: { name: true } },
      household: { select: { id: true, roomNo: true, residents: { orderBy: { isPrimary: 'desc' }, take: 3, select: { name: true, phone: true, kind: true } } } },
      feedbackItem: { select: { text: true, visit: { select: { id: true, kind: true, startedAt: true, housekeeper: { select: { name: true } } } } } },
    },
  })
  if (!f) throw new AppError('NOT_FOUND')
  return f
}
