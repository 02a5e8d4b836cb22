// One transaction for every change to a plan or its items: load within scope, check, change, bump the plan's
// `version` (the plan is the unit of optimistic locking, items included), write the revision of a step
// (submit/approve/return/reopen) with a snapshot of the items, and the audit row.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated } from '@/lib/server/action'
import { planScope } from './access'
import { planSnapshot } from './snapshot'

const SELECT = {
  id: true,
  housekeeperId: true,
  period: true,
  periodKey: true,
  status: true,
  version: true,
  reviewerId: true,
  reviewedAt: true,
  reviewNote: true,
  housekeeper: { select: { id: true, name: true, role: true } },
} as const

export type PlanRow = NonNullable<Awaited<ReturnType<typeof loadPlanRow>>>

export async function loadPlanRow(tx: Tx, actor: Actor, id: string) {
  return tx.visitPlan.findFirst({ where: { AND: [{ id }, planScope(actor)] }, select: SELECT })
}

export type PlanChange = {
  /** fields of the plan itself (status, reviewer…) */
  data?: Record<string, unknown>
  /** a step of the review: written as a revision with the items as they are after the change */
  revision?: { status: 'draft' | 'submitted' | 'approved' | 'returned'; note?: string | null }
  /** the audit row: defaults to the plan's before/after */
  audit?: { entity: string; entityId: string; before?: unknown; after?: unknown }
}

export async function mutatePlan(opts: {
  actor: Actor
  id: string
  version: number
  now: Date
  action: string
  authorize: (p: PlanRow) => void
  change: (tx: Tx, p: PlanRow) => Promise<PlanChange> | PlanChange
  after?: (tx: Tx, before: PlanRow, after: PlanRow) => Promise<void>
}) {
  return db.$transaction(async (tx) => {
    const before = await loadPlanRow(tx, opts.actor, opts.id)
    if (!before) throw new AppError('NOT_FOUND')
    opts.authorize(before)
    if (before.version !== opts.version) throw new AppError('CONFLICT')
    const change = await opts.change(tx, before)
    const res = await tx.visitPlan.updateMany({
      where: { id: before.id, version: opts.version },
      data: { ...(change.data ?? {}), version: { increment: 1 } },
    })
    assertUpdated(res.count)
    const after = (await loadPlanRow(tx, opts.actor, opts.id))!
    if (change.revision) {
      const number = (await tx.visitPlanRevision.count({ where: { planId: before.id } })) + 1
      await tx.visitPlanRevision.create({
        data: {
          planId: before.id,
          number,
          status: change.revision.status,
          snapshot: await planSnapshot(tx, before.id),
          note: change.revision.note ?? null,
          byId: opts.actor.id,
          createdAt: opts.now,
        },
      })
    }
    const a = change.audit ?? { entity: 'VisitPlan', entityId: before.id, before, after }
    await audit(tx, { actorId: opts.actor.id, entity: a.entity, entityId: a.entityId, action: opts.action, before: a.before, after: a.after, at: opts.now })
    await opts.after?.(tx, before, after)
    return after
  })
}

/** The owner changes items only while the plan is a draft or was returned. */
export function assertEditable(actor: Actor, p: PlanRow) {
  if (p.housekeeperId !== actor.id) throw new AppError('FORBIDDEN')
  if (p.status !== 'draft' && p.status !== 'returned') {
    throw new AppError('INVALID', p.status === 'approved' ? '计划已批准，只能查看；如需修改请先“重新打开修改”' : '计划已提交审批，审批前不能修改')
  }
}
