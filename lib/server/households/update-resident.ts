// Admin/supervisor: correct a resident's name, role, phones — guarded by `version`, audited.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { residentSchema } from '@/lib/validation/household'
import { canEditRegistry, requireHousehold } from './require-household'

export async function updateResident({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  if (!canEditRegistry(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(residentSchema, input)
  if (!data.residentId || data.version === undefined) throw new AppError('INVALID', '缺少住户成员或版本号，请刷新页面')
  const { residentId, version } = data
  return db.$transaction(async (tx) => {
    await requireHousehold(actor, data.householdId, tx)
    const before = await tx.resident.findFirst({
      where: { id: residentId, householdId: data.householdId },
      select: { name: true, kind: true, phone: true, phone2: true, isPrimary: true, note: true },
    })
    if (!before) throw new AppError('NOT_FOUND')
    const after = { name: data.name, kind: data.kind, phone: data.phone ?? null, phone2: data.phone2 ?? null, isPrimary: data.isPrimary, note: data.note ?? null }
    const r = await tx.resident.updateMany({ where: { id: residentId, householdId: data.householdId, version }, data: { ...after, version: { increment: 1 } } })
    assertUpdated(r.count)
    if (data.isPrimary && !before.isPrimary) {
      await tx.resident.updateMany({ where: { householdId: data.householdId, isPrimary: true, id: { not: residentId } }, data: { isPrimary: false, version: { increment: 1 } } })
    }
    await audit(tx, { actorId: actor.id, entity: 'Resident', entityId: residentId, action: 'update', before, after })
    return { id: residentId }
  })
}
