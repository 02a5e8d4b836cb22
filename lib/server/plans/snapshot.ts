// A revision's snapshot: the plan's items as they were at the step (compact, so a yearly plan stays small),
// and what changed between two snapshots for the history.
import type { Tx } from '@/lib/db'
import { naturalCompare } from '@/lib/rules'

export type SnapshotItem = {
  /** room number, or the V4 target key for an institutional visit */
  label: string
  target: string | null
  date: string
  kind: 'home' | 'phone'
  purpose: string
  rule: string | null
}
export type PlanSnapshot = { count: number; items: SnapshotItem[] }

export async function planSnapshot(tx: Tx, planId: string): Promise<PlanSnapshot> {
  const items = await tx.visitPlanItem.findMany({
    where: { planId },
    select: { target: true, plannedDate: true, kind: true, purpose: true, rule: true, household: { select: { roomNo: true } } },
  })
  const rows = items
    .map((i) => ({ label: i.household?.roomNo ?? i.target ?? '', target: i.target, date: i.plannedDate, kind: i.kind, purpose: i.purpose, rule: i.rule }))
    .sort((a, b) => a.date.localeCompare(b.date) || naturalCompare(a.label, b.label) || a.purpose.localeCompare(b.purpose))
  return { count: rows.length, items: rows }
}

export function readSnapshot(json: unknown): PlanSnapshot {
  const s = json as Partial<PlanSnapshot> | null
  const items = Array.isArray(s?.items) ? (s!.items as SnapshotItem[]) : []
  return { count: typeof s?.count === 'number' ? s.count : items.length, items }
}

export type SnapshotDiff = { added: number; removed: number; changed: number }

/** Items are matched by household (or target) and purpose; a new date or kind counts as changed. */
export function diffSnapshots(prev: PlanSnapshot | null, next: PlanSnapshot): SnapshotDiff {
  if (!prev) return { added: next.items.length, removed: 0, changed: 0 }
  const key = (i: SnapshotItem) => `${i.label}|${i.purpose}`
  const count = (items: SnapshotItem[]) => {
    const m = new Map<string, SnapshotItem[]>()
    for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i])
    return m
  }
  const a = count(prev.items)
  const b = count(next.items)
  let added = 0
  let removed = 0
  let changed = 0
  for (const [k, list] of b) {
    const old = a.get(k) ?? []
    added += Math.max(0, list.length - old.length)
    for (let i = 0; i < Math.min(list.length, old.length); i++) if (list[i]!.date !== old[i]!.date || list[i]!.kind !== old[i]!.kind) changed++
  }
  for (const [k, list] of a) removed += Math.max(0, list.length - (b.get(k)?.length ?? 0))
  return { added, removed, changed }
}
