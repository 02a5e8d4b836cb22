// V4: the center manager's own monthly plan — institutional visits from managerPlanRequirements (owners'
// committee chair monthly where a committee exists, one key-attention household monthly, the community office
// every two months, the housing bureau quarterly). A target already planned in another month of its block is
// not planned again; the key-attention household is the one the manager visited least recently.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { managerPlanRequirements, toLocalDate, type LocalDate, type ManagerTarget, type Settings } from '@/lib/rules'
import { assertNoPlanYet, assertPlannablePeriod, createPlan, type NewPlanItem } from './create-plan'
import { workingDaysOf } from './schedule'

export async function generateManagerPlan(opts: { actor: Actor; month: string; hasOwnersCommittee: boolean; now: Date; settings: Settings }) {
  const { actor, month, hasOwnersCommittee, now, settings: s } = opts
  if (actor.role !== 'centerManager') throw new AppError('FORBIDDEN')
  assertPlannablePeriod('month', month, now, s)
  await assertNoPlanYet(actor, 'month', month)
  const year = month.slice(0, 4)
  const [keyAttention, otherItems, myVisits] = await Promise.all([
    db.household.findMany({ where: { keyAttention: true }, orderBy: { roomNo: 'asc' }, select: { id: true } }),
    db.visitPlanItem.findMany({
      where: { target: { not: null }, plan: { housekeeperId: actor.id, period: 'month', periodKey: { startsWith: year, not: month } } },
      select: { target: true, householdId: true, plannedDate: true },
    }),
    db.visit.findMany({
      where: { housekeeperId: actor.id, household: { keyAttention: true } },
      orderBy: { startedAt: 'desc' },
      take: 500,
      select: { householdId: true, startedAt: true },
    }),
  ])
  const planned = (t: ManagerTarget) => otherItems.filter((i) => i.target === t).map((i) => i.plannedDate)
  const reqs = managerPlanRequirements(
    {
      month,
      hasOwnersCommittee,
      keyAttentionHouseholdIds: keyAttention.map((h) => h.id),
      done: {
        committeeChair: planned('committeeChair'),
        communityOffice: planned('communityOffice'),
        housingBureau: planned('housingBureau'),
        keyAttention: [
          ...myVisits.map((v) => ({ householdId: v.householdId, date: toLocalDate(v.startedAt, s) })),
          ...otherItems.filter((i) => i.target === 'keyAttention' && i.householdId).map((i) => ({ householdId: i.householdId!, date: i.plannedDate })),
        ],
      },
    },
    s,
  )
  const today = toLocalDate(now, s)
  const days = workingDaysOf(month, s, today > `${month}-01` ? today : undefined)
  if (days.length === 0 && reqs.length > 0) throw new AppError('INVALID', '该月已没有可安排拜访的工作日')
  // Evenly over the month: the visits are few and each takes an appointment.
  const dayFor = (i: number): LocalDate => days[Math.floor((i * days.length) / reqs.length)]!
  const items: NewPlanItem[] = reqs.map((r, i) => ({
    householdId: r.target === 'keyAttention' ? String(r.candidates?.[0] ?? '') || null : null,
    target: r.target,
    plannedDate: dayFor(i),
    kind: 'home',
    purpose: 'routine',
    rule: 'V4',
  }))
  return createPlan({ actor, period: 'month', periodKey: month, items, now, meta: { hasOwnersCommittee } })
}
