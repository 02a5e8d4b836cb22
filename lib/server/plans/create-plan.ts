// Writes a generated plan (draft) with its items in one transaction, audited; a plan for the same person and
// period that already exists is refused (also when two requests race: the unique key decides).
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { addMonthsToYearMonth, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'

export type NewPlanItem = {
  householdId: string | null
  target: string | null
  plannedDate: string
  kind: 'home' | 'phone'
  purpose: string
  rule: string | null
}

/** Plans are made for this month or the next (monthly) and this year or the next (yearly). */
export function assertPlannablePeriod(period: 'month' | 'year', periodKey: string, now: Date, settings: Settings) {
  const thisMonth = yearMonthOf(toLocalDate(now, settings))
  const allowed = period === 'month' ? [thisMonth, addMonthsToYearMonth(thisMonth, 1)] : [thisMonth.slice(0, 4), String(Number(thisMonth.slice(0, 4)) + 1)]
  if (!allowed.includes(periodKey)) {
    throw new AppError('INVALID', period === 'month' ? `只能生成本月或下月的计划（${allowed.join('、')}）` : `只能生成今年或明年的年度计划（${allowed.join('、')}）`)
  }
}

export async function assertNoPlanYet(actor: Actor, period: 'month' | 'year', periodKey: string, client: Tx = db) {
  const existing = await client.visitPlan.findFirst({ where: { housekeeperId: actor.id, period, periodKey }, select: { id: true } })
  if (existing) throw new AppError('INVALID', `${periodKey} 的计划已存在，请打开它修改`)
}

export async function createPlan(opts: { actor: Actor; period: 'month' | 'year'; periodKey: string; items: NewPlanItem[]; now: Date; meta?: Record<string, unknown> }) {
  const { actor, period, periodKey, items, now } = opts
  try {
    return await db.$transaction(async (tx) => {
      await assertNoPlanYet(actor, period, periodKey, tx)
      const plan = await tx.visitPlan.create({ data: { housekeeperId: actor.id, period, periodKey, status: 'draft', createdAt: now }, select: { id: true, version: true, status: true } })
      for (let i = 0; i < items.length; i += 500) {
        await tx.visitPlanItem.createMany({ data: items.slice(i, i + 500).map((it) => ({ ...it, planId: plan.id })) })
      }
      await audit(tx, { actorId: actor.id, entity: 'VisitPlan', entityId: plan.id, action: 'generate', after: { period, periodKey, items: items.length, ...opts.meta }, at: now })
      return { ...plan, items: items.length }
    })
  } catch (e) {
    // P2002: the same plan was created by a concurrent request.
    if ((e as { code?: string }).code === 'P2002') throw new AppError('INVALID', `${periodKey} 的计划已存在，请打开它修改`)
    throw e
  }
}
