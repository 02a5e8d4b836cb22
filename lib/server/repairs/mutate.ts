// One transaction for every change to a repair: load within scope, check, update guarded by version,
// then the caller's extra writes (callbacks, notifications) and one audit row (who, when, before/after).
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated } from '@/lib/server/action'
import { repairScope } from './access'

const SELECT = {
  id: true,
  no: true,
  version: true,
  status: true,
  householdId: true,
  category: true,
  urgent: true,
  severe: true,
  reportedAt: true,
  reportedById: true,
  assigneeId: true,
  completedAt: true,
  parentId: true,
} as const

export async function loadRepairRow(tx: Tx, actor: Actor, id: string) {
  const r = await tx.repair.findFirst({ where: { AND: [{ id }, repairScope(actor)] }, select: SELECT })
  if (!r) throw new AppError('NOT_FOUND')
  return r
}

export type RepairRow = Awaited<ReturnType<typeof loadRepairRow>>

export type RepairChange = {
  data: Record<string, unknown>
  /** Extra facts for the history (the note of a completion, the assignee's name…). */
  note?: Record<string, unknown>
}

export async function mutateRepair(opts: {
  actor: Actor
  id: string
  version: number
  now: Date
  action: string
  authorize: (r: RepairRow) => void
  change: (r: RepairRow, tx: Tx) => Promise<RepairChange> | RepairChange
  after?: (tx: Tx, before: RepairRow, after: RepairRow) => Promise<Record<string, unknown> | void>
}) {
  return db.$transaction(async (tx) => {
    const before = await loadRepairRow(tx, opts.actor, opts.id)
    opts.authorize(before)
    if (before.version !== opts.version) throw new AppError('CONFLICT')
    const { data, note } = await opts.change(before, tx)
    const res = await tx.repair.updateMany({ where: { id: before.id, version: opts.version }, data: { ...data, version: { increment: 1 } } })
    assertUpdated(res.count)
    const after = await loadRepairRow(tx, opts.actor, opts.id)
    const extra = (await opts.after?.(tx, before, after)) ?? {}
    await audit(tx, { actorId: opts.actor.id, entity: 'Repair', entityId: before.id, action: opts.action, before, after: { ...after, ...note, ...extra }, at: opts.now })
    return after
  })
}

export function requireStatus(r: { status: string }, allowed: string[], message: string) {
  if (!allowed.includes(r.status)) throw new AppError('INVALID', message)
}
