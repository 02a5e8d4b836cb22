// Whether each planned visit was made (docs/decisions/0005-visit-plans.md):
// - a visit logged from the item (Visit.planItemId) — always;
// - a routine item (V1/V2): any visit of the household in the item's month (V2 needs a phone visit);
// - a §3.3 item: a visit in the month with the same purpose, or a home visit on/after the planned date;
// - a V4 institutional item: the manager recorded the visit on the item (audit action 'targetVisited').
// On the center manager's own plan only the manager's visits count (housekeepers visit those homes anyway).
import { db, type Tx } from '@/lib/db'
import { endOfLocalDay, lastDayOfMonth, startOfLocalDay, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { TARGET_VISITED } from './mark-target-visited'

export type ProgressInput = {
  id: string
  householdId: string | null
  target: string | null
  plannedDate: string
  kind: 'home' | 'phone'
  purpose: string
  rule: string | null
  visit: { startedAt: Date } | null
}

export type ItemProgress = { done: boolean; doneOn: string | null; overdue: boolean }

type VisitRow = { householdId: string; startedAt: Date; kind: 'home' | 'phone'; purpose: string; housekeeperId: string }

export async function loadPlanVisits(opts: { householdIds: string[]; from: string; to: string; onlyBy?: string; settings: Settings; client?: Tx }) {
  const { householdIds, from, to, onlyBy, settings: s, client = db } = opts
  if (householdIds.length === 0) return []
  const rows: VisitRow[] = []
  // Chunks keep the IN list within SQLite's parameter limit.
  for (let i = 0; i < householdIds.length; i += 500) {
    rows.push(
      ...(await client.visit.findMany({
        where: {
          householdId: { in: householdIds.slice(i, i + 500) },
          startedAt: { gte: startOfLocalDay(from, s), lte: endOfLocalDay(to, s) },
          ...(onlyBy ? { housekeeperId: onlyBy } : {}),
        },
        select: { householdId: true, startedAt: true, kind: true, purpose: true, housekeeperId: true },
      })),
    )
  }
  return rows
}

export async function loadTargetVisits(itemIds: string[], client: Tx = db) {
  if (itemIds.length === 0) return new Map<string, string>()
  const rows = await client.auditLog.findMany({ where: { entity: 'VisitPlanItem', action: TARGET_VISITED, entityId: { in: itemIds } }, orderBy: { at: 'asc' }, select: { entityId: true, after: true } })
  return new Map(rows.map((r) => [r.entityId, String((r.after as { visitedOn?: string } | null)?.visitedOn ?? '')]))
}

export function itemProgress(
  items: ProgressInput[],
  ctx: { visits: VisitRow[]; targetVisits: Map<string, string>; today: string; approved: boolean; period: 'month' | 'year'; settings: Settings },
): Map<string, ItemProgress> {
  const s = ctx.settings
  const byHousehold = new Map<string, Array<VisitRow & { day: string }>>()
  for (const v of ctx.visits) {
    const list = byHousehold.get(v.householdId) ?? []
    list.push({ ...v, day: toLocalDate(v.startedAt, s) })
    byHousehold.set(v.householdId, list)
  }
  const out = new Map<string, ItemProgress>()
  for (const it of items) {
    let doneOn: string | null = null
    if (it.visit) doneOn = toLocalDate(it.visit.startedAt, s)
    else if (it.householdId) {
      const month = yearMonthOf(it.plannedDate)
      const inMonth = (byHousehold.get(it.householdId) ?? []).filter((v) => yearMonthOf(v.day) === month)
      const hit =
        it.purpose === 'routine'
          ? inMonth.find((v) => !(it.rule ?? '').startsWith('V2') || v.kind === 'phone')
          : inMonth.find((v) => v.purpose === it.purpose || (v.kind === 'home' && v.day >= it.plannedDate))
      doneOn = hit?.day ?? null
    } else if (it.target) doneOn = ctx.targetVisits.get(it.id) || null
    const done = doneOn !== null
    // A yearly item plans a month: it is overdue once its month is over.
    const by = ctx.period === 'year' ? lastDayOfMonth(yearMonthOf(it.plannedDate)) : it.plannedDate
    out.set(it.id, { done, doneOn, overdue: ctx.approved && !done && by < ctx.today })
  }
  return out
}
