// V7: correct a profile entry — guarded by `version`, audited.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { canEditProfile, requireHousehold } from '@/lib/server/households/require-household'
import { updateProfileItemSchema } from '@/lib/validation/profile'

export async function updateProfileItem({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  if (!canEditProfile(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(updateProfileItemSchema, input)
  return db.$transaction(async (tx) => {
    await requireHousehold(actor, data.householdId, tx)
    const before = await tx.profileItem.findFirst({
      where: { id: data.itemId, householdId: data.householdId },
      select: { kind: true, eventType: true, eventDate: true, text: true },
    })
    if (!before) throw new AppError('NOT_FOUND')
    const after = { kind: data.kind, eventType: data.kind === 'event' ? (data.eventType ?? null) : null, eventDate: data.kind === 'event' ? (data.eventDate ?? null) : null, text: data.text }
    const r = await tx.profileItem.updateMany({ where: { id: data.itemId, householdId: data.householdId, version: data.version }, data: { ...after, version: { increment: 1 } } })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'ProfileItem', entityId: data.itemId, action: 'update', before, after })
    return { id: data.itemId }
  })
}
