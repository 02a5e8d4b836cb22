// Checks an item's date and kind against its plan: inside the month, not in the past, phone only on V5 days.
import { AppError } from '@/lib/errors'
import { isLocalDate, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import type { PlanRow } from './mutate-plan'
import { phoneDayAllowed } from './schedule'

export function assertMonthPlan(p: PlanRow) {
  if (p.period !== 'month') throw new AppError('INVALID', '年度计划按规则生成，不逐项修改；如需调整，请删除草稿后重新生成')
}

export function assertItemDate(p: PlanRow, plannedDate: string, kind: 'home' | 'phone', now: Date, s: Settings) {
  const errors: Record<string, string[]> = {}
  if (!isLocalDate(plannedDate) || yearMonthOf(plannedDate) !== p.periodKey) errors.plannedDate = [`计划日期须在 ${p.periodKey} 月内`]
  else if (plannedDate < toLocalDate(now, s)) errors.plannedDate = ['计划日期不能早于今天']
  else if (kind === 'phone' && !phoneDayAllowed(plannedDate, s)) errors.plannedDate = ['这一天不能安排电话走访（V5 不允许当天打电话）']
  if (Object.keys(errors).length > 0) throw new AppError('INVALID', undefined, errors)
}
