// V7: a fact about the household goes into its profile; moving in, a wedding, a birth, illness or
// bereavement can also put the §3.3 visit into the housekeeper's follow-ups (one transaction, audited).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { toLocalDate, type Settings } from '@/lib/rules'
import { parseInput } from '@/lib/server/action'
import { getSettings } from '@/lib/server/settings/get-settings'
import { canEditProfile, requireHousehold } from '@/lib/server/households/require-household'
import { createTriggerFollowUp } from '@/lib/server/follow-ups/trigger-follow-up'
import { addProfileItemSchema, EVENT_TRIGGERS } from '@/lib/validation/profile'

export async function addProfileItem({ actor, input, now = new Date(), settings }: { actor: Actor; input: Record<string, unknown>; now?: Date; settings?: Settings }) {
  if (!canEditProfile(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(addProfileItemSchema, input)
  const s = settings ?? (await getSettings())
  const trigger = data.kind === 'event' && data.eventType ? EVENT_TRIGGERS[data.eventType] : undefined
  if (data.createFollowUp && !trigger) {
    throw new AppError('INVALID', undefined, { createFollowUp: ['只有入住、结婚、添丁、生病、丧事等事件才能安排回访'] })
  }
  return db.$transaction(async (tx) => {
    const h = await requireHousehold(actor, data.householdId, tx)
    const fields = { kind: data.kind, eventType: data.kind === 'event' ? (data.eventType ?? null) : null, eventDate: data.kind === 'event' ? (data.eventDate ?? null) : null, text: data.text }
    const item = await tx.profileItem.create({ data: { householdId: h.id, ...fields, createdById: actor.id }, select: { id: true } })
    await audit(tx, { actorId: actor.id, entity: 'ProfileItem', entityId: item.id, action: 'create', after: { householdId: h.id, ...fields } })
    const followUp =
      data.createFollowUp && trigger
        ? await createTriggerFollowUp(tx, {
            actorId: actor.id,
            householdId: h.id,
            areaId: h.building.areaId,
            trigger,
            eventDate: data.eventDate ?? toLocalDate(now, s),
            detail: data.text.slice(0, 60),
            settings: s,
          })
        : null
    return { id: item.id, followUp }
  })
}
