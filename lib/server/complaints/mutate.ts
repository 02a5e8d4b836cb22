// One transaction for every change to a complaint: load within scope, check, update guarded by version,
// keep nextDueAt right, and write the step (who, when) and the audit row (before/after).
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated } from '@/lib/server/action'
import { complaintScope } from './access'
import { nextDueOf } from './next-due'

const SELECT = {
  id: true,
  no: true,
  version: true,
  status: true,
  ownerId: true,
  householdId: true,
  channel: true,
  nature: true,
  communicativeKind: true,
  urgency: true,
  householdsAffected: true,
  injury: true,
  propertyDamageOrSafety: true,
  repeatOfId: true,
  registeredAt: true,
  department: true,
  assigneeId: true,
  level: true,
  replyDueAt: true,
  repliedAt: true,
  handledAt: true,
  resultReplyDueAt: true,
  resultRepliedAt: true,
  callbackDueAt: true,
  calledBackAt: true,
  closedAt: true,
  nextDueAt: true,
} as const

export type ComplaintRow = Awaited<ReturnType<typeof loadRow>>

async function loadRow(tx: Tx, actor: Actor, id: string) {
  const c = await tx.complaint.findFirst({ where: { id, ...complaintScope(actor) }, select: SELECT })
  if (!c) throw new AppError('NOT_FOUND')
  return c
}

export type Change = {
  data: Record<string, unknown>
  step: { kind: string; note?: string; data?: Record<string, unknown> }
}

export async function mutateComplaint(opts: {
  actor: Actor
  id: string
  version: number
  now: Date
  action: string
  authorize: (c: ComplaintRow) => void
  change: (c: ComplaintRow, tx: Tx) => Promise<Change> | Change
  after?: (tx: Tx, before: ComplaintRow, after: ComplaintRow) => Promise<void>
}) {
  return db.$transaction(async (tx) => {
    const before = await loadRow(tx, opts.actor, opts.id)
    opts.authorize(before)
    if (before.version !== opts.version) throw new AppError('CONFLICT')
    const { data, step } = await opts.change(before, tx)
    const merged = { ...before, ...data } as ComplaintRow
    const res = await tx.complaint.updateMany({
      where: { id: before.id, version: opts.version },
      data: { ...data, nextDueAt: nextDueOf(merged), version: { increment: 1 } },
    })
    assertUpdated(res.count)
    await tx.complaintStep.create({ data: { complaintId: before.id, kind: step.kind, actorId: opts.actor.id, at: opts.now, note: step.note, data: step.data as object | undefined } })
    const after = await loadRow(tx, opts.actor, opts.id)
    await audit(tx, { actorId: opts.actor.id, entity: 'Complaint', entityId: before.id, action: opts.action, before, after, at: opts.now })
    await opts.after?.(tx, before, after)
    return after
  })
}

/** A status guard with a clear message. */
export function requireStatus(c: { status: string }, allowed: string[], message: string) {
  if (!allowed.includes(c.status)) throw new AppError('INVALID', message)
}
