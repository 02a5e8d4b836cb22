// One repair with everything its page shows, within the actor's scope (null when out of scope). The history is
// read from the audit rows of the repair (every change writes one); repairs made before that (demo data) get
// their registration, completion and callbacks from the repair's own fields.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { repairScope } from './access'
import { isArchivedCallbackKey } from './deadlines'

export type HistoryEntry = { id: string; action: string; at: Date; actorName: string | null; data: Record<string, unknown> }

export async function getRepair({ actor, id }: { actor: Actor; id: string }) {
  const r = await db.repair.findFirst({
    where: { AND: [{ id }, repairScope(actor)] },
    select: {
      id: true,
      no: true,
      version: true,
      status: true,
      category: true,
      urgent: true,
      severe: true,
      description: true,
      reportedAt: true,
      completedAt: true,
      reportedById: true,
      assigneeId: true,
      household: { select: { id: true, roomNo: true, residents: { select: { name: true, phone: true, kind: true }, orderBy: { isPrimary: 'desc' } } } },
      reportedBy: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
      parent: { select: { id: true, no: true } },
      children: { select: { id: true, no: true, status: true }, orderBy: { reportedAt: 'asc' } },
      callbacks: {
        orderBy: [{ createdAt: 'asc' }],
        select: { id: true, key: true, rule: true, dueAt: true, waitingForRain: true, doneAt: true, method: true, satisfaction: true, notes: true, version: true, doneBy: { select: { name: true } } },
      },
    },
  })
  if (!r) return null
  // This round's callbacks by due (waiting for rain last), then those of earlier rounds (before a C3 reopen).
  const rank = (c: (typeof r.callbacks)[number]) => [isArchivedCallbackKey(c.key) ? 1 : 0, c.dueAt ? c.dueAt.getTime() : Number.MAX_SAFE_INTEGER] as const
  r.callbacks.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1])
  const rows = await db.auditLog.findMany({
    where: { entity: 'Repair', entityId: r.id },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { id: true, action: true, at: true, after: true, actor: { select: { name: true } } },
  })
  const history: HistoryEntry[] = rows.map((a) => ({ id: a.id, action: a.action, at: a.at, actorName: a.actor?.name ?? null, data: (a.after ?? {}) as Record<string, unknown> }))
  const has = (action: string) => history.some((h) => h.action === action)
  if (!has('register')) history.unshift({ id: 'f-register', action: 'register', at: r.reportedAt, actorName: r.reportedBy.name, data: {} })
  if (r.completedAt && !has('complete')) history.push({ id: 'f-complete', action: 'complete', at: r.completedAt, actorName: r.assignee?.name ?? null, data: {} })
  const audited = new Set(history.filter((h) => h.action === 'callback').map((h) => String(h.data.callbackId)))
  for (const c of r.callbacks) {
    if (c.doneAt && !audited.has(c.id)) history.push({ id: `f-${c.id}`, action: 'callback', at: c.doneAt, actorName: c.doneBy?.name ?? null, data: { key: c.key, method: c.method, satisfaction: c.satisfaction, words: c.notes } })
  }
  history.sort((a, b) => a.at.getTime() - b.at.getTime())

  type CallbackFacts = { problemBack?: boolean; outcome?: string; newRepairId?: string; newRepairNo?: string }
  const callbackFacts: Record<string, CallbackFacts> = Object.fromEntries(
    history.filter((h) => h.action === 'callback' && h.data.callbackId).map((h) => [String(h.data.callbackId), h.data as CallbackFacts]),
  )
  const completion = [...history].reverse().find((h) => h.action === 'complete')
  const firstStart = history.find((h) => h.action === 'start')
  // R1 is met when the technician takes the repair on (开始处理).
  const replyDoneAt = firstStart?.at ?? (r.status !== 'open' ? (r.completedAt ?? r.reportedAt) : null)
  return {
    ...r,
    history,
    completionNote: typeof completion?.data.note === 'string' ? completion.data.note : null,
    replyDoneAt,
    callbackFacts,
  }
}

export type RepairDetail = NonNullable<Awaited<ReturnType<typeof getRepair>>>
