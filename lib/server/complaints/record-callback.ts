// C4/C5: the callback visit. Who went must cover the leads of the complaint's level (P5) and, for a major
// complaint, the joint-visit team (P6). Not satisfied reopens the complaint for new handling.
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { LEAD_LABELS, leadsForLevel, type ComplaintLevel } from '@/lib/rules'
import { callbackSchema } from '@/lib/validation/complaint'
import { assertCanCallBack } from './access'
import { activeStaff, eligibleForLead } from './leads'
import { mutateComplaint, requireStatus } from './mutate'

export function requiredLeads(level: number) {
  const l = leadsForLevel(level as ComplaintLevel)
  return [...new Set([...l.leads, ...l.jointVisit])]
}

export async function recordComplaintCallback({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }) {
  const v = parseInput(callbackSchema, input)
  const staff = await activeStaff()
  const byId = new Map(staff.map((u) => [u.id, u]))
  const participants: Array<{ lead: string; userId: string; name: string }> = []
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'callback',
    authorize: (c) => {
      assertCanCallBack(actor, c)
      requireStatus(c, ['handled'], '投诉标记为处理完后才能回访')
    },
    change: (c) => {
      const errors: Record<string, string[]> = {}
      for (const lead of requiredLeads(c.level)) {
        const userId = v.leads[lead]
        const u = userId ? byId.get(userId) : undefined
        const label = LEAD_LABELS[lead as keyof typeof LEAD_LABELS] ?? lead
        if (!u) errors[`lead_${lead}`] = [`请选择参加回访的${label}`]
        else if (!eligibleForLead(u, lead, c.department)) errors[`lead_${lead}`] = [`${u.name} 不能担任${label}`]
        else participants.push({ lead, userId: u.id, name: u.name })
      }
      for (const o of v.others) {
        const u = byId.get(o)
        if (u && !participants.some((p) => p.userId === u.id)) participants.push({ lead: 'other', userId: u.id, name: u.name })
      }
      if (Object.keys(errors).length > 0) throw new AppError('INVALID', `回访人员不符合${c.level}级投诉的要求`, errors)
      const satisfied = v.satisfaction !== 'notSatisfied'
      const data = satisfied
        ? { status: 'calledBack', calledBackAt: now }
        : // Not satisfied: back to handling; new R2/C4 deadlines come with the next "handled".
          { status: 'assigned', handledAt: null, resultReplyDueAt: null, resultRepliedAt: null, callbackDueAt: null, calledBackAt: null }
      return {
        data,
        step: { kind: satisfied ? 'calledBack' : 'reopened', note: v.words, data: { satisfaction: v.satisfaction, participants } },
      }
    },
    after: async (tx, _before, c) => {
      await tx.complaintCallback.create({ data: { complaintId: c.id, at: now, participants, satisfaction: v.satisfaction, words: v.words, recordedById: actor.id } })
    },
  })
}
