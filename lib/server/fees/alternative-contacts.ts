// F8: alternative contacts for owners who cannot be reached (family, agent, tenant, employer…), each with its source.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { alternativeContactSchema } from '@/lib/validation/fees'
import { assertCan, DUNNING_LOGGERS, feeHouseholdScope, requireFeeHousehold } from './access'

export async function addAlternativeContact({ actor, householdId, input, now = new Date() }: { actor: Actor; householdId: string; input: unknown; now?: Date }) {
  assertCan(actor, DUNNING_LOGGERS)
  const v = parseInput(alternativeContactSchema, input)
  return db.$transaction(async (tx) => {
    await requireFeeHousehold(actor, householdId, tx)
    const c = await tx.alternativeContact.create({
      data: { householdId, ...v, recordedById: actor.id },
      select: { id: true, name: true, relation: true, phone: true, source: true },
    })
    await audit(tx, { actorId: actor.id, entity: 'AlternativeContact', entityId: c.id, action: 'create', after: { ...c, householdId }, at: now })
    return c
  })
}

export async function removeAlternativeContact({ actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }) {
  assertCan(actor, DUNNING_LOGGERS)
  return db.$transaction(async (tx) => {
    const c = await tx.alternativeContact.findFirst({
      where: { id, household: feeHouseholdScope(actor) },
      select: { id: true, householdId: true, name: true, relation: true, phone: true, source: true },
    })
    if (!c) throw new AppError('NOT_FOUND')
    await tx.alternativeContact.delete({ where: { id: c.id } })
    await audit(tx, { actorId: actor.id, entity: 'AlternativeContact', entityId: c.id, action: 'delete', before: c, at: now })
    return c
  })
}
