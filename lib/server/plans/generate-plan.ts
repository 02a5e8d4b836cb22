// Entry for "生成计划": a housekeeper's monthly (V3) or yearly plan, or the center manager's own plan (V4).
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import type { Settings } from '@/lib/rules'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { generatePlanSchema } from '@/lib/validation/plan'
import { ownsPlans } from './access'
import { generateManagerPlan } from './generate-manager-plan'
import { generateMonthPlan } from './generate-month-plan'
import { generateYearPlan } from './generate-year-plan'

export async function generatePlan({ actor, input, now = new Date(), settings }: { actor: Actor; input: unknown; now?: Date; settings?: Settings }) {
  if (!ownsPlans(actor)) throw new AppError('FORBIDDEN')
  const v = parseInput(generatePlanSchema, input)
  const s = settings ?? (await loadSettings())
  if (actor.role === 'centerManager') {
    if (v.period !== 'month') throw new AppError('INVALID', '中心经理的计划按月制定（V4）')
    return generateManagerPlan({ actor, month: v.periodKey, hasOwnersCommittee: v.hasOwnersCommittee, now, settings: s })
  }
  if (v.period === 'month') return generateMonthPlan({ actor, month: v.periodKey, maxPerDay: v.maxPerDay, now, settings: s })
  return generateYearPlan({ actor, year: v.periodKey, now, settings: s })
}
