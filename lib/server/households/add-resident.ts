// Admin/supervisor: a new owner, tenant or family member of a household (audited).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { parseInput } from '@/lib/server/action'
import { residentSchema } from '@/lib/validation/household'
import { canEditRegistry, requireHousehold } from './require-household'

export async function addResident({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  if (!canEditRegistry(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(residentSchema, input)
  return db.$transaction(async (tx) => {
    await requireHousehold(actor, data.householdId, tx)
    // One primary contact per household: a new primary takes the flag from the others.
    if (data.isPrimary) await tx.resident.updateMany({ where: { householdId: data.householdId, isPrimary: true }, data: { isPrimary: false, version: { increment: 1 } } })
    const fields = { name: data.name, kind: data.kind, phone: data.phone ?? null, phone2: data.phone2 ?? null, isPrimary: data.isPrimary, note: data.note ?? null }
    const r = await tx.resident.create({ data: { householdId: data.householdId, ...fields }, select: { id: true } })
    await audit(tx, { actorId: actor.id, entity: 'Resident', entityId: r.id, action: 'create', after: { householdId: data.householdId, ...fields } })
    return r
  })
}
