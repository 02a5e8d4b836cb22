// A supervisor corrects the facts (nature, channel, households, injury, damage, repeat link): the level is
// recomputed from the corrected facts and the missed deadlines already recorded — and may go down. Audited.
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import type { Settings } from '@/lib/rules'
import { correctFactsSchema, splitNature } from '@/lib/validation/complaint'
import { assertCanCorrectFacts } from './access'
import { levelOf, priorSameMatter, rootOf } from './level'
import { mutateComplaint } from './mutate'

export async function correctComplaintFacts({ actor, id, input, now = new Date(), settings }: { actor: Actor; id: string; input: unknown; now?: Date; settings?: Settings }) {
  const v = parseInput(correctFactsSchema, input)
  const s = settings ?? (await loadSettings())
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'correctFacts',
    authorize: () => assertCanCorrectFacts(actor),
    change: async (c, tx) => {
      let rootId: string | null = null
      if (v.repeatOfId) {
        if (v.repeatOfId === c.id) throw new AppError('INVALID', undefined, { repeatOfId: ['不能关联投诉本身'] })
        const root = await rootOf(tx, v.repeatOfId)
        if (!root || root.householdId !== c.householdId || root.rootId === c.id) throw new AppError('INVALID', undefined, { repeatOfId: ['只能关联同一住户更早的投诉'] })
        rootId = root.rootId
      }
      const nature = splitNature(v.nature)
      const prior = await priorSameMatter(tx, { rootId, householdId: c.householdId, at: c.registeredAt, excludeId: c.id }, s)
      const missed = await tx.complaintEscalation.count({ where: { complaintId: c.id } })
      const level = levelOf({ ...nature, channel: v.channel, injury: v.injury, propertyDamageOrSafety: v.propertyDamageOrSafety, householdsAffected: v.householdsAffected }, prior, missed, s)
      return {
        data: {
          channel: v.channel,
          nature: nature.nature,
          communicativeKind: nature.communicativeKind,
          householdsAffected: v.householdsAffected,
          injury: v.injury,
          propertyDamageOrSafety: v.propertyDamageOrSafety,
          repeatOfId: rootId,
          level: level.level,
          levelReasons: level.reasons,
        },
        step: { kind: 'factsCorrected', note: v.note, data: { fromLevel: c.level, toLevel: level.level } },
      }
    },
  })
}
