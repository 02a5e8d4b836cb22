// Pure arrears figures of one household on a date (F3, F4): what is owed, what is overdue, months overdue, late fee.
// Every number comes from lib/rules (monthsOverdue, lateFee); this file only adds them up.
import { lateFee, monthsOverdue, type LocalDate, type Settings } from '@/lib/rules'

export type BillRow = { id: string; period: string; amountCents: number; paidCents: number; dueDate: string; lateFeeWaived: boolean; version?: number }


export type ArrearsFigures = {
  /** every unpaid cent, due or not */
  owedCents: number
  /** unpaid cents of bills whose due date is before `on` */
  overdueCents: number
  overdueBills: number
  monthsOverdue: number
  oldestOverdueDue: LocalDate | null
  /** late fee on the overdue amounts, waived bills excluded */
  lateFeeCents: number
  /** late fee that was waived (shown, not charged) */
  waivedLateFeeCents: number
  bills: Array<BillRow & { unpaidCents: number; overdue: boolean; lateFeeCents: number }>
}

export function arrearsFigures(bills: readonly BillRow[], on: LocalDate, settings: Settings): ArrearsFigures {
  const rows = [...bills]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((b) => {
      const unpaidCents = Math.max(0, b.amountCents - b.paidCents)
      const overdue = unpaidCents > 0 && b.dueDate < on
      const fee = overdue ? lateFee({ amountCents: unpaidCents, dueDate: b.dueDate, on }, settings) : 0
      return { ...b, unpaidCents, overdue, lateFeeCents: b.lateFeeWaived ? 0 : fee, waived: b.lateFeeWaived ? fee : 0 }
    })
  const overdue = rows.filter((r) => r.overdue)
  const oldest = overdue.reduce<string | null>((m, r) => (m === null || r.dueDate < m ? r.dueDate : m), null)
  return {
    owedCents: rows.reduce((s, r) => s + r.unpaidCents, 0),
    overdueCents: overdue.reduce((s, r) => s + r.unpaidCents, 0),
    overdueBills: overdue.length,
    monthsOverdue: oldest ? monthsOverdue({ oldestUnpaidDueDate: oldest, on }) : 0,
    oldestOverdueDue: oldest,
    lateFeeCents: rows.reduce((s, r) => s + r.lateFeeCents, 0),
    waivedLateFeeCents: rows.reduce((s, r) => s + r.waived, 0),
    bills: rows.map(({ waived: _w, ...r }) => r),
  }
}
