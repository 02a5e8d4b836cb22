// Writes a planned bill or payment import inside the caller's transaction: batched creates, version-guarded updates,
// FIFO re-allocation of the touched households, promises kept, and one audit row per change (batched).
import type { AuditEntry } from '@/lib/audit'
import type { Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Settings } from '@/lib/rules'
import { writeAudit } from '@/lib/server/households/import/write-audit'
import { reallocateHouseholds } from '../allocate'
import { settlePromises } from '../settle-promises'
import type { FeePlan } from './plan-fee-import'
import type { FeeImportWritten } from './types'

export async function writeFeeImport(tx: Tx, plan: FeePlan, actorId: string, now: Date, settings: Settings): Promise<FeeImportWritten> {
  const audit: AuditEntry[] = []
  const touched = new Set<string>()
  let updated = 0
  if (plan.kind === 'bills') {
    for (let i = 0; i < plan.creates.length; i += 500) {
      const part = plan.creates.slice(i, i + 500)
      const rows = await tx.bill.createManyAndReturn({
        data: part.map(({ row: _r, ...b }) => b),
        select: { id: true, householdId: true, period: true, amountCents: true, dueDate: true },
      })
      for (const b of rows) {
        touched.add(b.householdId)
        audit.push({ actorId, entity: 'Bill', entityId: b.id, action: 'import.create', after: b, at: now })
      }
    }
    for (const u of plan.updates) {
      const r = await tx.bill.updateMany({ where: { id: u.id, version: u.version }, data: { amountCents: u.amountCents, dueDate: u.dueDate, version: { increment: 1 } } })
      if (r.count === 0) throw new AppError('CONFLICT', `第 ${u.row} 行的账单在导入期间被修改，本次导入已全部取消；请重新检查文件后再导入`)
      touched.add(u.householdId)
      updated++
      audit.push({ actorId, entity: 'Bill', entityId: u.id, action: 'import.update', before: u.before, after: { amountCents: u.amountCents, dueDate: u.dueDate }, at: now })
    }
  } else {
    for (let i = 0; i < plan.creates.length; i += 500) {
      const part = plan.creates.slice(i, i + 500)
      const rows = await tx.payment.createManyAndReturn({
        data: part.map(({ row: _r, ...p }) => p),
        select: { id: true, householdId: true, amountCents: true, paidAt: true, method: true, externalRef: true },
      })
      for (const p of rows) {
        touched.add(p.householdId)
        audit.push({ actorId, entity: 'Payment', entityId: p.id, action: 'import.create', after: p, at: now })
      }
    }
  }
  const allocation = await reallocateHouseholds(tx, [...touched], actorId, now)
  const kept = await settlePromises(tx, [...touched], actorId, now, settings)
  await writeAudit(tx, [...audit, ...allocation, ...kept])
  return { created: plan.creates.length, updated, households: touched.size, billsReallocated: allocation.length, promisesKept: kept.length }
}
