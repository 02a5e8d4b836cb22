// Admin/supervisor: occupancy, move-in date, key-attention flag, note — guarded by `version`, audited.
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { updateHouseholdSchema } from '@/lib/validation/household'
import { canEditRegistry, requireHousehold } from './require-household'

export async function updateHousehold({ actor, input }: { actor: Actor; input: z.input<typeof updateHouseholdSchema> | Record<string, unknown> }) {
  if (!canEditRegistry(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(updateHouseholdSchema, input)
  return db.$transaction(async (tx) => {
    await requireHousehold(actor, data.id, tx)
    const before = await tx.household.findUniqueOrThrow({
      where: { id: data.id },
      select: { occupancy: true, moveInDate: true, keyAttention: true, note: true, version: true },
    })
    const after = { occupancy: data.occupancy, moveInDate: data.moveInDate ?? null, keyAttention: data.keyAttention, note: data.note ?? null }
    const r = await tx.household.updateMany({ where: { id: data.id, version: data.version }, data: { ...after, version: { increment: 1 } } })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'Household', entityId: data.id, action: 'update', before, after })
    return { id: data.id, version: data.version + 1 }
  })
}
