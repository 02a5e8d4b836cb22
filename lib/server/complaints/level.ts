// P5–P7 on stored complaints: the facts of a complaint as lib/rules wants them, and the prior same-matter count.
import { complaintLevel, repeatWindowStart, type Settings } from '@/lib/rules'
import type { Tx } from '@/lib/db'

type Facts = {
  nature: 'effective' | 'communicative'
  channel: 'phone' | 'walkIn' | 'letter' | 'visit' | 'media' | 'authority' | 'online'
  injury: boolean
  propertyDamageOrSafety: boolean
  householdsAffected: number
}

/** The first complaint of a matter: a repeat links to the root, so a chain is the root and its repeats. */
export async function rootOf(tx: Tx, complaintId: string) {
  const c = await tx.complaint.findUnique({ where: { id: complaintId }, select: { id: true, repeatOfId: true, householdId: true } })
  if (!c) return null
  return { rootId: c.repeatOfId ?? c.id, householdId: c.householdId }
}

/** Complaints of the same matter by the same household registered within the window before `at` (P5). */
export async function priorSameMatter(tx: Tx, opts: { rootId: string | null; householdId: string; at: Date; excludeId?: string }, settings: Settings) {
  if (!opts.rootId) return 0
  const since = repeatWindowStart(opts.at, settings)
  return tx.complaint.count({
    where: {
      householdId: opts.householdId,
      OR: [{ id: opts.rootId }, { repeatOfId: opts.rootId }],
      registeredAt: { gte: since, lte: opts.at },
      ...(opts.excludeId ? { id: { not: opts.excludeId } } : {}),
    },
  })
}

export function levelOf(facts: Facts, prior: number, missed: number, settings: Settings) {
  return complaintLevel(
    {
      nature: facts.nature,
      channel: facts.channel,
      injury: facts.injury,
      propertyDamageOrSafety: facts.propertyDamageOrSafety,
      householdsAffected: facts.householdsAffected,
      priorSameMatterWithin30Days: prior,
      missedDeadlines: missed,
    },
    settings,
  )
}
