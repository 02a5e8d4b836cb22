// "生成下月计划" (V3): a draft with every household of the housekeeper's areas that needs a visit in the month by
// visitRequirements (V1 any visit; V2 a phone call per quarter; the move-in visits 3.3-1/3.3-2) and the open
// §3.3 follow-ups due in the month (home visits), spread over the month's working days in route order.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'
import {
  endOfLocalDay,
  firstDayOfMonth,
  lastDayOfMonth,
  monthBlock,
  routeOrder,
  startOfLocalDay,
  toLocalDate,
  TRIGGER_RULES,
  visitRequirements,
  addMonthsToYearMonth,
  type Settings,
  type TriggerKey,
  type VisitRequirement,
} from '@/lib/rules'
import { TRIGGER_KEYS } from '@/lib/validation/visit'
import { createPlan, assertNoPlanYet, assertPlannablePeriod, type NewPlanItem } from './create-plan'
import { phoneDayAllowed, spreadOverDays, workingDaysOf } from './schedule'

const PURPOSE_OF_RULE: Partial<Record<VisitRequirement['rule'], string>> = { '3.3-1': 'moveInWelcome', '3.3-2': 'moveInThreeMonths' }

type Entry = {
  householdId: string
  building: string
  unit: number
  floor: number
  room: string
  kind: 'home' | 'phone'
  purpose: string
  rules: string[]
  /** a deadline inside the month */
  due?: string
}

export async function generateMonthPlan(opts: { actor: Actor; month: string; maxPerDay: number; now: Date; settings: Settings }) {
  const { actor, month, maxPerDay, now, settings: s } = opts
  assertPlannablePeriod('month', month, now, s)
  await assertNoPlanYet(actor, 'month', month)
  const today = toLocalDate(now, s)
  const first = firstDayOfMonth(month)
  const last = lastDayOfMonth(month)
  const quarter = monthBlock(month, 3)
  const scope = householdScope(actor)

  const [households, visits, triggers, plannedV2] = await Promise.all([
    db.household.findMany({
      where: scope,
      select: { id: true, occupancy: true, moveInDate: true, unit: true, floor: true, room: true, building: { select: { number: true } } },
    }),
    db.visit.findMany({
      where: { household: scope, startedAt: { gte: startOfLocalDay(firstDayOfMonth(quarter.first), s) } },
      select: { householdId: true, startedAt: true, kind: true },
    }),
    db.followUp.findMany({
      where: {
        status: 'open',
        assigneeId: actor.id,
        source: { in: [...TRIGGER_KEYS] },
        household: scope,
        dueAt: { gte: startOfLocalDay(first, s), lte: endOfLocalDay(last, s) },
      },
      select: { householdId: true, source: true, dueAt: true },
    }),
    // V2 calls already planned in another month of the quarter on a day still to come are not planned twice.
    db.visitPlanItem.findMany({
      where: {
        rule: { startsWith: 'V2' },
        plannedDate: { gte: today },
        visit: null,
        plan: { housekeeperId: actor.id, period: 'month', periodKey: { in: quarterMonths(quarter.first, quarter.last).filter((m) => m !== month) } },
      },
      select: { householdId: true },
    }),
  ])

  const byId = new Map(households.map((h) => [h.id, h]))
  const reqs = visitRequirements(
    {
      month,
      households: households.map((h) => ({ id: h.id, occupancy: h.occupancy, moveInDate: h.moveInDate, building: h.building.number, unit: h.unit, floor: h.floor, room: h.room })),
      visits: visits.map((v) => ({ householdId: v.householdId, at: v.startedAt, kind: v.kind })),
    },
    s,
  )
  const skipV2 = new Set(plannedV2.map((p) => p.householdId))
  const entries = new Map<string, Entry>()
  const key = (householdId: string, purpose: string) => `${householdId}|${purpose}`
  for (const r of reqs) {
    if (r.rule === 'V2' && skipV2.has(String(r.householdId))) continue
    const purpose = PURPOSE_OF_RULE[r.rule] ?? 'routine'
    const dueDay = toLocalDate(r.due, s)
    entries.set(key(String(r.householdId), purpose), {
      householdId: String(r.householdId),
      building: String(r.building),
      unit: Number(r.unit),
      floor: Number(r.floor),
      room: String(r.room),
      kind: r.need === 'phoneVisit' ? 'phone' : 'home',
      purpose,
      rules: [r.rule, ...r.alsoCovers.map((c) => c.rule)],
      due: dueDay < last ? dueDay : undefined,
    })
  }
  for (const f of triggers) {
    const h = byId.get(f.householdId)
    if (!h) continue
    const purpose = f.source as TriggerKey
    const dueDay = toLocalDate(f.dueAt, s)
    const rule = TRIGGER_RULES[purpose]
    const same = entries.get(key(h.id, purpose))
    const routine = entries.get(key(h.id, 'routine'))
    if (same) {
      // The move-in visit the rules found and its follow-up are one visit.
      if (!same.due || dueDay < same.due) same.due = dueDay < last ? dueDay : same.due
      continue
    }
    if (routine && routine.kind === 'home') {
      // One home visit with the trigger's purpose also settles V1 (one item per household).
      entries.delete(key(h.id, 'routine'))
      entries.set(key(h.id, purpose), { ...routine, purpose, rules: [rule, ...routine.rules], due: dueDay < last ? dueDay : undefined })
      continue
    }
    entries.set(key(h.id, purpose), {
      householdId: h.id,
      building: h.building.number,
      unit: h.unit,
      floor: h.floor,
      room: h.room,
      kind: 'home',
      purpose,
      rules: [rule],
      due: dueDay < last ? dueDay : undefined,
    })
  }

  const ordered = routeOrder([...entries.values()])
  const fixed = ordered.filter((e) => e.due)
  const route = ordered.filter((e) => !e.due)
  const days = workingDaysOf(month, s, today > first ? today : first)
  const dates = spreadOverDays({ days, fixed, route, maxPerDay, phoneOk: (d) => phoneDayAllowed(d, s) })
  const items: NewPlanItem[] = [
    ...fixed.map((e, i) => toItem(e, dates.fixed[i]!)),
    ...route.map((e, i) => toItem(e, dates.route[i]!)),
  ]
  return createPlan({ actor, period: 'month', periodKey: month, items, now, meta: { maxPerDay } })
}

function toItem(e: Entry, plannedDate: string): NewPlanItem {
  return { householdId: e.householdId, target: null, plannedDate, kind: e.kind, purpose: e.purpose, rule: e.rules.join(' ') }
}

function quarterMonths(first: string, last: string) {
  const out: string[] = []
  for (let m = first; m <= last; m = addMonthsToYearMonth(m, 1)) out.push(m)
  return out
}
