// F1: payments are allocated to the oldest unpaid bills first. The allocation is recomputed from all of a household's
// payments and bills (FIFO), so a payment that arrives before its bill is a credit that the next imported bill takes.
import type { Tx } from '@/lib/db'
import type { AuditEntry } from '@/lib/audit'

export type AllocBill = { id: string; period: string; amountCents: number; paidCents: number }
export type AllocPayment = { id: string; amountCents: number; paidAt: Date; billId: string | null }

export type Allocation = {
  /** bill id → cents paid */
  paid: Map<string, number>
  /** payment id → the bill its first cent went to (null: pure credit) */
  billOf: Map<string, string | null>
  /** cents paid beyond every bill */
  creditCents: number
}

/** Pure FIFO: bills by period, payments by time; each cent goes to the oldest bill still open. */
export function allocateFifo(bills: readonly Omit<AllocBill, 'paidCents'>[], payments: readonly Omit<AllocPayment, 'billId'>[]): Allocation {
  const sortedBills = [...bills].sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id))
  const sortedPayments = [...payments].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime() || a.id.localeCompare(b.id))
  const total = sortedPayments.reduce((s, p) => s + p.amountCents, 0)
  const paid = new Map<string, number>()
  let left = total
  for (const b of sortedBills) {
    const x = Math.min(b.amountCents, left)
    paid.set(b.id, x)
    left -= x
  }
  // Bill ranges on the cumulative cent line: a payment belongs to the bill holding its first cent.
  const billOf = new Map<string, string | null>()
  let cursor = 0
  for (const p of sortedPayments) {
    let acc = 0
    let found: string | null = null
    for (const b of sortedBills) {
      if (cursor < acc + b.amountCents) {
        found = b.id
        break
      }
      acc += b.amountCents
    }
    billOf.set(p.id, found)
    cursor += p.amountCents
  }
  return { paid, billOf, creditCents: left }
}

/**
 * Re-allocates the given households inside the caller's transaction. Changed bills get the new paidCents (version + 1)
 * and an audit entry; payments get their bill. Returns the audit entries (written by the caller, batched).
 */
export async function reallocateHouseholds(tx: Tx, householdIds: readonly string[], actorId: string | null, now: Date): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = []
  const ids = [...new Set(householdIds)]
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500)
    const [bills, payments] = await Promise.all([
      tx.bill.findMany({ where: { householdId: { in: part } }, select: { id: true, householdId: true, period: true, amountCents: true, paidCents: true } }),
      tx.payment.findMany({ where: { householdId: { in: part } }, select: { id: true, householdId: true, amountCents: true, paidAt: true, billId: true } }),
    ])
    for (const hid of part) {
      const hb = bills.filter((b) => b.householdId === hid)
      const hp = payments.filter((p) => p.householdId === hid)
      const a = allocateFifo(hb, hp)
      for (const b of hb) {
        const next = a.paid.get(b.id) ?? 0
        if (next === b.paidCents) continue
        await tx.bill.update({ where: { id: b.id }, data: { paidCents: next, version: { increment: 1 } } })
        entries.push({ actorId, entity: 'Bill', entityId: b.id, action: 'allocate', before: { paidCents: b.paidCents }, after: { paidCents: next }, at: now })
      }
      for (const p of hp) {
        const bill = a.billOf.get(p.id) ?? null
        if (bill !== p.billId) await tx.payment.update({ where: { id: p.id }, data: { billId: bill } })
      }
    }
  }
  return entries
}
