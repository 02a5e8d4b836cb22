// 维修回访 (C1) and a failed callback (C3). One transaction: the callback is version-checked and recorded; then
// - satisfied (or basically) and nothing else pending → the repair is closed;
// - not satisfied or the problem came back → as the person chooses, either the repair is reopened (处理中; the
//   callbacks still pending are cancelled, the recorded ones are kept under `<key>@v<n>`, and the next completion
//   creates a fresh §3.1 set) or a new repair linked by parentId is registered (the old one is closed and its
//   pending callbacks cancelled: the new repair gets its own when it is completed).
// Everything is audited on the repair (entity Repair), which is what its history shows.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { notify } from '@/lib/server/notifications/notify'
import { nextNumber } from '@/lib/server/complaints/numbering'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { toLocalDate, type Settings } from '@/lib/rules'
import { isFailedCallback, recordCallbackSchema } from '@/lib/validation/repair'
import { assertCanRecordCallback, repairScope } from './access'
import { isArchivedCallbackKey } from './deadlines'
import { loadRepairRow, type RepairRow } from './mutate'

export type CallbackOutcome = 'recorded' | 'closed' | 'reopen' | 'newRepair'

export async function recordRepairCallback({
  actor,
  callbackId,
  input,
  now = new Date(),
  settings,
}: {
  actor: Actor
  callbackId: string
  input: unknown
  now?: Date
  settings?: Settings
}): Promise<{ repairId: string; outcome: CallbackOutcome; newRepairId?: string; newRepairNo?: string }> {
  const v = parseInput(recordCallbackSchema, input)
  const s = settings ?? (await loadSettings())
  return db.$transaction(async (tx) => {
    const cb = await tx.repairCallback.findFirst({ where: { id: callbackId, repair: repairScope(actor) } })
    if (!cb) throw new AppError('NOT_FOUND')
    assertCanRecordCallback(actor)
    const repair = await loadRepairRow(tx, actor, cb.repairId)
    if (cb.doneAt || isArchivedCallbackKey(cb.key)) throw new AppError('INVALID', '这次回访已经登记过')
    if (cb.waitingForRain || !cb.dueAt) throw new AppError('INVALID', '雨后回访要等完成后第一次降雨才开始（C2），现在还不能登记')
    if (cb.version !== v.version) throw new AppError('CONFLICT')
    if (repair.status !== 'completed') throw new AppError('INVALID', '维修单不在“已完成”状态，不能登记回访')

    const done = await tx.repairCallback.updateMany({
      where: { id: cb.id, version: v.version, doneAt: null },
      data: { doneAt: now, doneById: actor.id, method: v.method, satisfaction: v.satisfaction, notes: v.words ?? null, version: { increment: 1 } },
    })
    assertUpdated(done.count)

    const failed = isFailedCallback(v)
    const pending = await tx.repairCallback.findMany({ where: { repairId: repair.id, doneAt: null }, select: { id: true, key: true, rule: true, dueAt: true, waitingForRain: true } })
    const entry = { callbackId: cb.id, key: cb.key, rule: cb.rule, dueAt: cb.dueAt, method: v.method, satisfaction: v.satisfaction, words: v.words, problemBack: v.problemBack, late: now > cb.dueAt }

    if (!failed) {
      const close = pending.length === 0
      await audit(tx, { actorId: actor.id, entity: 'Repair', entityId: repair.id, action: 'callback', before: cb, after: { ...entry, outcome: close ? 'closed' : 'recorded' }, at: now })
      if (close) await setStatus(tx, actor, repair, { status: 'closed' }, 'close', now, { reason: 'allCallbacksDone' })
      return { repairId: repair.id, outcome: close ? 'closed' : 'recorded' }
    }

    // C3: the callbacks still pending ask about work that is being redone: cancelled (kept in the audit row).
    if (pending.length > 0) await tx.repairCallback.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } })

    if (v.outcome === 'reopen') {
      // Keep what was recorded, under a key of this round, so the next completion can use the rule keys again.
      const recorded = await tx.repairCallback.findMany({ where: { repairId: repair.id, doneAt: { not: null } }, select: { id: true, key: true } })
      for (const r of recorded) {
        if (!isArchivedCallbackKey(r.key)) await tx.repairCallback.update({ where: { id: r.id }, data: { key: `${r.key}@v${repair.version}`, version: { increment: 1 } } })
      }
      await audit(tx, { actorId: actor.id, entity: 'Repair', entityId: repair.id, action: 'callback', before: cb, after: { ...entry, outcome: 'reopen' }, at: now })
      const after = await setStatus(tx, actor, repair, { status: 'inProgress', completedAt: null }, 'reopen', now, { cancelledCallbacks: pending, callbackId: cb.id })
      if (after.assigneeId) {
        await notify(tx, [{ userId: after.assigneeId, kind: 'repairReopened', title: `维修单 ${repair.no} 回访${v.problemBack ? '问题复发' : '不满意'}，已重新打开`, body: v.words, link: `/repairs/${repair.id}` }])
      }
      return { repairId: repair.id, outcome: 'reopen' }
    }

    // A new repair linked to this one (parentId); registered by the person who made the callback.
    const original = await tx.repair.findUniqueOrThrow({ where: { id: repair.id }, select: { description: true } })
    const no = await nextNumber(tx, 'BX', toLocalDate(now, s))
    const description = `回访${v.problemBack ? '发现问题复发' : '不满意'}（原维修单 ${repair.no}）：${v.words ?? original.description}`.slice(0, 2000)
    const created = await tx.repair.create({
      data: {
        no,
        clientKey: `c3-${cb.id}`,
        householdId: repair.householdId,
        category: repair.category,
        urgent: repair.urgent,
        severe: repair.severe,
        description,
        reportedAt: now,
        reportedById: actor.id,
        parentId: repair.id,
      },
      select: { id: true, no: true },
    })
    await audit(tx, {
      actorId: actor.id,
      entity: 'Repair',
      entityId: created.id,
      action: 'register',
      at: now,
      after: { no, parentId: repair.id, parentNo: repair.no, householdId: repair.householdId, category: repair.category, urgent: repair.urgent, severe: repair.severe, description, reportedAt: now, fromCallbackId: cb.id },
    })
    await audit(tx, { actorId: actor.id, entity: 'Repair', entityId: repair.id, action: 'callback', before: cb, after: { ...entry, outcome: 'newRepair', newRepairId: created.id, newRepairNo: no }, at: now })
    await setStatus(tx, actor, repair, { status: 'closed' }, 'close', now, { reason: 'newRepair', newRepairId: created.id, newRepairNo: no, cancelledCallbacks: pending })
    return { repairId: repair.id, outcome: 'newRepair', newRepairId: created.id, newRepairNo: no }
  })
}

/** A status change of the repair inside the callback's transaction, version-guarded and audited. */
async function setStatus(tx: Tx, actor: Actor, before: RepairRow, data: Record<string, unknown>, action: string, now: Date, note: Record<string, unknown>) {
  const res = await tx.repair.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } })
  assertUpdated(res.count)
  const after = await loadRepairRow(tx, actor, before.id)
  await audit(tx, { actorId: actor.id, entity: 'Repair', entityId: before.id, action, before, after: { ...after, ...note }, at: now })
  return after
}
