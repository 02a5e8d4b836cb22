// Visit plans (V3, V4): generation, item edits and the review steps. Checks that need the plan or the calendar
// (inside the month, V5 phone days, one item per household) are in lib/server/plans.
import { z } from 'zod'
import { checkbox, id, intFrom, localDate, optionalText, text, version } from './common'
import { VISIT_PURPOSES } from './visit'

export const PLAN_PERIODS = ['month', 'year'] as const
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export const PLAN_KINDS = ['home', 'phone'] as const
/** A plan may put at most this many visits on one day (the generator's default). */
export const DEFAULT_MAX_PER_DAY = 20

const monthKey = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 年-月')
const yearKey = z.string({ error: '请选择年份' }).regex(/^\d{4}$/, '年份格式应为 4 位数字')

export const generatePlanSchema = z.discriminatedUnion('period', [
  z.object({
    period: z.literal('month'),
    periodKey: monthKey,
    maxPerDay: z.preprocess((v) => (v === '' || v === undefined ? DEFAULT_MAX_PER_DAY : v), intFrom('每天最多走访户数', 1, 100)),
    /** V4 only: the community has an owners' committee. */
    hasOwnersCommittee: checkbox,
  }),
  z.object({ period: z.literal('year'), periodKey: yearKey }),
])
export type GeneratePlanInput = z.infer<typeof generatePlanSchema>

export const addPlanItemSchema = z.object({
  version,
  householdId: id('住户'),
  plannedDate: localDate('计划日期'),
  kind: z.enum(PLAN_KINDS, { error: '请选择走访方式' }),
  purpose: z.preprocess((v) => (v === '' ? undefined : v), z.enum(VISIT_PURPOSES, { error: '请选择走访目的' }).default('routine')),
})

export const updatePlanItemSchema = z.object({
  version,
  itemId: id('计划项'),
  plannedDate: localDate('计划日期'),
  kind: z.enum(PLAN_KINDS, { error: '请选择走访方式' }),
})

export const removePlanItemSchema = z.object({ version, itemId: id('计划项') })

export const planStepSchema = z.object({ version, note: optionalText('说明', 500) })

export const returnPlanSchema = z.object({ version, note: text('退回原因', 500) })

export const markTargetVisitedSchema = z.object({
  version,
  itemId: id('计划项'),
  visitedOn: localDate('拜访日期'),
  note: optionalText('拜访情况', 500),
})
