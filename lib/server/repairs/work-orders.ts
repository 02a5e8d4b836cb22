// The technician's home: my open repairs by urgency and §3.1 fix target, and the callbacks of my repairs.
// Supervisors and the manager see every assigned open repair (an overview of the technicians' queue).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import type { Settings } from '@/lib/rules'
import { repairScope } from './access'
import { compareRank, urgencyRank } from './deadlines'

export async function listWorkOrders({ actor, settings }: { actor: Actor; settings: Settings }) {
  const mine = actor.role === 'technician' ? { assigneeId: actor.id } : { assigneeId: { not: null } }
  const [repairs, callbacks] = await Promise.all([
    db.repair.findMany({
      where: { AND: [repairScope(actor), mine, { status: { in: ['open', 'inProgress'] } }] },
      take: 200,
      select: {
        id: true,
        no: true,
        status: true,
        category: true,
        urgent: true,
        severe: true,
        description: true,
        reportedAt: true,
        household: { select: { roomNo: true } },
        assignee: { select: { name: true } },
      },
    }),
    db.repairCallback.findMany({
      where: { AND: [{ doneAt: null }, { repair: { AND: [repairScope(actor), mine] } }] },
      orderBy: [{ dueAt: 'asc' }],
      take: 100,
      select: { id: true, key: true, rule: true, dueAt: true, waitingForRain: true, repair: { select: { id: true, no: true, completedAt: true, household: { select: { roomNo: true } } } } },
    }),
  ])
  repairs.sort((a, b) => compareRank(urgencyRank(a, settings), urgencyRank(b, settings)))
  // Due ones first (earliest first), then those waiting for rain (oldest first).
  callbacks.sort((a, b) => {
    if (a.dueAt && b.dueAt) return a.dueAt.getTime() - b.dueAt.getTime()
    if (a.dueAt) return -1
    if (b.dueAt) return 1
    return (a.repair.completedAt?.getTime() ?? 0) - (b.repair.completedAt?.getTime() ?? 0)
  })
  return { repairs, callbacks }
}
