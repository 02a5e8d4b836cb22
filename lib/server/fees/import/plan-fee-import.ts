// The dry run on parsed rows: validate each row, look up room numbers and existing bills/payments, plan the writes.
// Used by the dry run (outside a transaction) and by the commit (inside its transaction, so the plan is what gets written).
import type { Tx } from '@/lib/db'
import { localDateTime, type LocalDate, type Settings } from '@/lib/rules'
import { COLUMNS_OF, type FeeColumnKey } from './columns'
import { validateBillRows, validatePaymentRows } from './validate-fee-rows'
import type { FeeImportCounts, FeeSheet, ImportIssue } from './types'

export type BillCreate = { row: number; householdId: string; period: string; amountCents: number; dueDate: string }
export type BillUpdate = BillCreate & { id: string; version: number; before: { amountCents: number; dueDate: string } }
export type PaymentCreate = { row: number; householdId: string; externalRef: string; amountCents: number; paidAt: Date; method: string }

export type FeePlan =
  | { kind: 'bills'; creates: BillCreate[]; updates: BillUpdate[] }
  | { kind: 'payments'; creates: PaymentCreate[] }

export type PlannedFeeImport = { plan: FeePlan; counts: FeeImportCounts; issues: ImportIssue[] }

const chunk = <T>(xs: T[], n = 500) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))

function header(sheet: FeeSheet, key: FeeColumnKey) {
  return sheet.headers[key] ?? COLUMNS_OF[sheet.kind].find((c) => c.key === key)!.header
}

async function householdIds(tx: Tx, roomNos: string[]) {
  const map = new Map<string, string>()
  for (const part of chunk([...new Set(roomNos)])) {
    for (const h of await tx.household.findMany({ where: { roomNo: { in: part } }, select: { id: true, roomNo: true } })) map.set(h.roomNo, h.id)
  }
  return map
}

export async function planFeeImport(tx: Tx, sheet: FeeSheet, settings: Settings, today: LocalDate): Promise<PlannedFeeImport> {
  const issues: ImportIssue[] = []
  let unchanged = 0
  let plan: FeePlan
  if (sheet.kind === 'bills') {
    const { valid, issues: rowIssues } = validateBillRows(sheet, settings)
    issues.push(...rowIssues)
    const ids = await householdIds(tx, valid.map((r) => r.roomNo))
    const known = valid.filter((r) => {
      if (ids.has(r.roomNo)) return true
      issues.push({ row: r.row, column: header(sheet, 'roomNo'), reason: `房号 ${r.roomNo} 不存在（请先在住户资料中登记该房屋）` })
      return false
    })
    const existing = new Map<string, { id: string; amountCents: number; dueDate: string; version: number }>()
    for (const part of chunk([...new Set(known.map((r) => ids.get(r.roomNo)!))])) {
      const bills = await tx.bill.findMany({
        where: { householdId: { in: part }, period: { in: [...new Set(known.map((r) => r.period))] } },
        select: { id: true, householdId: true, period: true, amountCents: true, dueDate: true, version: true },
      })
      for (const b of bills) existing.set(`${b.householdId}|${b.period}`, b)
    }
    const creates: BillCreate[] = []
    const updates: BillUpdate[] = []
    for (const r of known) {
      const householdId = ids.get(r.roomNo)!
      const row = { row: r.row, householdId, period: r.period, amountCents: r.amountCents, dueDate: r.dueDate }
      const b = existing.get(`${householdId}|${r.period}`)
      if (!b) creates.push(row)
      else if (b.amountCents === r.amountCents && b.dueDate === r.dueDate) unchanged++
      else updates.push({ ...row, id: b.id, version: b.version, before: { amountCents: b.amountCents, dueDate: b.dueDate } })
    }
    plan = { kind: 'bills', creates, updates }
  } else {
    const { valid, issues: rowIssues } = validatePaymentRows(sheet, today)
    issues.push(...rowIssues)
    const ids = await householdIds(tx, valid.map((r) => r.roomNo))
    const existing = new Map<string, { householdId: string; amountCents: number; paidAt: Date }>()
    for (const part of chunk(valid.map((r) => r.ref))) {
      for (const p of await tx.payment.findMany({ where: { externalRef: { in: part } }, select: { externalRef: true, householdId: true, amountCents: true, paidAt: true } })) {
        existing.set(p.externalRef!, p)
      }
    }
    const creates: PaymentCreate[] = []
    for (const r of valid) {
      const householdId = ids.get(r.roomNo)
      if (!householdId) {
        issues.push({ row: r.row, column: header(sheet, 'roomNo'), reason: `房号 ${r.roomNo} 不存在（请先在住户资料中登记该房屋）` })
        continue
      }
      const paidAt = localDateTime(r.paidOn, '12:00', settings)
      const p = existing.get(r.ref)
      if (p) {
        if (p.householdId === householdId && p.amountCents === r.amountCents) unchanged++
        else issues.push({ row: r.row, column: header(sheet, 'ref'), reason: `流水号 ${r.ref} 已导入过，但房号或金额与已导入的记录不同` })
        continue
      }
      creates.push({ row: r.row, householdId, externalRef: r.ref, amountCents: r.amountCents, paidAt, method: r.method })
    }
    plan = { kind: 'payments', creates }
  }
  issues.sort((a, b) => a.row - b.row)
  const badRows = new Set(issues.map((i) => i.row)).size
  const households = new Set([...plan.creates.map((c) => c.householdId), ...(plan.kind === 'bills' ? plan.updates.map((u) => u.householdId) : [])])
  return {
    plan,
    issues,
    counts: {
      rows: sheet.rows.length,
      badRows,
      goodRows: sheet.rows.length - badRows,
      toCreate: plan.creates.length,
      toUpdate: plan.kind === 'bills' ? plan.updates.length : 0,
      unchanged,
      households: households.size,
    },
  }
}
