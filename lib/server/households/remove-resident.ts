// Admin/supervisor: remove a resident (the form asks for confirmation first) — guarded by `version`, audited.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { removeResidentSchema } from '@/lib/validation/household'
import { canEditRegistry, requireHousehold } from './require-household'

export async function removeResident({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  if (!canEditRegistry(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(removeResidentSchema, input)
  return db.$transaction(async (tx) => {
    await requireHousehold(actor, data.householdId, tx)
    const before = await tx.resident.findFirst({
      where: { id: data.residentId, householdId: data.householdId },
      select: { name: true, kind: true, phone: true, phone2: true, isPrimary: true, note: true },
    })
    if (!before) throw new AppError('NOT_FOUND')
    const r = await tx.resident.deleteMany({ where: { id: data.residentId, householdId: data.householdId, version: data.version } })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'Resident', entityId: data.residentId, action: 'delete', before })
    return { id: data.residentId }
  })
}
