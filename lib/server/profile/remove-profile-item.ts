// V7: remove a profile entry that is wrong or no longer true — guarded by `version`, audited.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { canEditProfile, requireHousehold } from '@/lib/server/households/require-household'
import { removeProfileItemSchema } from '@/lib/validation/profile'

export async function removeProfileItem({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  if (!canEditProfile(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(removeProfileItemSchema, input)
  return db.$transaction(async (tx) => {
    await requireHousehold(actor, data.householdId, tx)
    const before = await tx.profileItem.findFirst({
      where: { id: data.itemId, householdId: data.householdId },
      select: { kind: true, eventType: true, eventDate: true, text: true },
    })
    if (!before) throw new AppError('NOT_FOUND')
    const r = await tx.profileItem.deleteMany({ where: { id: data.itemId, householdId: data.householdId, version: data.version } })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'ProfileItem', entityId: data.itemId, action: 'delete', before })
    return { id: data.itemId }
  })
}
