// A plan page: the plan, its items in route order by date with their progress, and the revision history.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { firstDayOfMonth, lastDayOfMonth, routeOrder, toLocalDate, type Settings } from '@/lib/rules'
import { planScope } from './access'
import { itemProgress, loadPlanVisits, loadTargetVisits } from './progress'
import { diffSnapshots, readSnapshot } from './snapshot'

export async function getPlan({ actor, id, now, settings: s }: { actor: Actor; id: string; now: Date; settings: Settings }) {
  const plan = await db.visitPlan.findFirst({
    where: { AND: [{ id }, planScope(actor)] },
    select: {
      id: true,
      period: true,
      periodKey: true,
      status: true,
      version: true,
      reviewNote: true,
      reviewedAt: true,
      createdAt: true,
      updatedAt: true,
      housekeeper: { select: { id: true, name: true, role: true } },
      reviewer: { select: { name: true } },
      revisions: { orderBy: { number: 'asc' }, select: { id: true, number: true, status: true, note: true, byId: true, createdAt: true, snapshot: true } },
    },
  })
  if (!plan) return null
  const rows = await db.visitPlanItem.findMany({
    where: { planId: plan.id },
    select: {
      id: true,
      householdId: true,
      target: true,
      plannedDate: true,
      kind: true,
      purpose: true,
      rule: true,
      visit: { select: { id: true, startedAt: true } },
      household: { select: { id: true, roomNo: true, unit: true, floor: true, room: true, occupancy: true, building: { select: { number: true } } } },
    },
  })
  const from = plan.period === 'year' ? `${plan.periodKey}-01-01` : firstDayOfMonth(plan.periodKey)
  const to = plan.period === 'year' ? `${plan.periodKey}-12-31` : lastDayOfMonth(plan.periodKey)
  const today = toLocalDate(now, s)
  const [visits, targetVisits, people] = await Promise.all([
    loadPlanVisits({ householdIds: [...new Set(rows.flatMap((r) => (r.householdId ? [r.householdId] : [])))], from, to, onlyBy: plan.housekeeper.role === 'centerManager' ? plan.housekeeper.id : undefined, settings: s }),
    loadTargetVisits(rows.filter((r) => r.target && !r.householdId).map((r) => r.id)),
    db.user.findMany({ where: { id: { in: [...new Set(plan.revisions.map((r) => r.byId))] } }, select: { id: true, name: true } }),
  ])
  const progress = itemProgress(rows, { visits, targetVisits, today, approved: plan.status === 'approved', period: plan.period, settings: s })
  const keyed = rows.map((r) => ({
    ...r,
    building: r.household?.building.number ?? '',
    unit: r.household?.unit ?? 0,
    floor: r.household?.floor ?? 0,
    room: r.household?.room ?? '',
    progress: progress.get(r.id)!,
  }))
  // Route order inside each day (building → unit → floor → room); institutional visits first.
  const items = routeOrder(keyed).sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))
  const names = new Map(people.map((p) => [p.id, p.name]))
  const snapshots = plan.revisions.map((r) => readSnapshot(r.snapshot))
  const revisions = plan.revisions.map((r, i) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    note: r.note,
    byName: names.get(r.byId) ?? '—',
    createdAt: r.createdAt,
    count: snapshots[i]!.count,
    diff: i === 0 ? null : diffSnapshots(snapshots[i - 1]!, snapshots[i]!),
  }))
  const summary = {
    planned: items.length,
    done: items.filter((i) => i.progress.done).length,
    overdue: items.filter((i) => i.progress.overdue).length,
  }
  const { revisions: _r, ...rest } = plan
  return { plan: rest, items, revisions, summary, today }
}

export type PlanView = NonNullable<Awaited<ReturnType<typeof getPlan>>>
