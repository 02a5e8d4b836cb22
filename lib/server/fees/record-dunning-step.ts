// F2/F6: log one step of the ladder for a household (a reminder, a personal follow-up, a letter, a lawyer's letter, legal action).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import type { Settings } from '@/lib/rules'
import { stepSchema } from '@/lib/validation/fees'
import { assertCan, DUNNING_LOGGERS, requireFeeHousehold } from './access'
import { formatOutcome } from './constants'
import { logStep } from './log-step'

export async function recordDunningStep({ actor, householdId, input, now = new Date(), settings }: { actor: Actor; householdId: string; input: unknown; now?: Date; settings?: Settings }) {
  assertCan(actor, DUNNING_LOGGERS)
  const v = parseInput(stepSchema, input)
  const s = settings ?? (await loadSettings())
  return db.$transaction(async (tx) => {
    await requireFeeHousehold(actor, householdId, tx)
    const { step } = await logStep(tx, { actor, householdId, input: { ...v, outcome: formatOutcome(v.outcome, v.note) }, now, settings: s })
    return step
  })
}
