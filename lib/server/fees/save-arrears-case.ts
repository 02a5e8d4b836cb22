// F3/F9: the supervisor names the person responsible for a household's arrears and classifies it. Version-checked
// update of the month's case (created when the household is not on the compiled list yet), audited.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { caseSchema } from '@/lib/validation/fees'
import { assertCan, CASE_MANAGERS, requireFeeHousehold } from './access'

export async function saveArrearsCase({ actor, householdId, input, now = new Date() }: { actor: Actor; householdId: string; input: unknown; now?: Date }) {
  assertCan(actor, CASE_MANAGERS, '只有主管可以指定负责人和欠费分类')
  const v = parseInput(caseSchema, input)
  try {
    return await db.$transaction(async (tx) => {
      const h = await requireFeeHousehold(actor, householdId, tx)
      if (v.responsibleId) {
        const u = await tx.user.findFirst({ where: { id: v.responsibleId, active: true, role: { in: ['housekeeper', 'supervisor', 'centerManager'] } }, select: { id: true } })
        if (!u) throw new AppError('INVALID', undefined, { responsibleId: ['请选择有效的负责人'] })
      }
      const select = { id: true, period: true, responsibleId: true, classification: true, version: true } as const
      const before = await tx.arrearsCase.findUnique({ where: { householdId_period: { householdId: h.id, period: v.month } }, select })
      if (!before) {
        if (v.version !== 0) throw new AppError('CONFLICT')
        const c = await tx.arrearsCase.create({ data: { householdId: h.id, period: v.month, responsibleId: v.responsibleId, classification: v.classification }, select })
        await audit(tx, { actorId: actor.id, entity: 'ArrearsCase', entityId: c.id, action: 'create', after: c, at: now })
        return c
      }
      if (before.version !== v.version) throw new AppError('CONFLICT')
      const r = await tx.arrearsCase.updateMany({
        where: { id: before.id, version: v.version },
        data: { responsibleId: v.responsibleId, classification: v.classification, version: { increment: 1 } },
      })
      assertUpdated(r.count)
      const after = { ...before, responsibleId: v.responsibleId, classification: v.classification, version: before.version + 1 }
      await audit(tx, { actorId: actor.id, entity: 'ArrearsCase', entityId: before.id, action: 'update', before, after, at: now })
      if (v.responsibleId && v.responsibleId !== before.responsibleId && v.responsibleId !== actor.id) {
        await tx.notification.create({ data: { userId: v.responsibleId, kind: 'arrearsAssigned', title: `${h.roomNo} 的欠费催缴已交给您负责`, link: `/fees/households/${h.id}` } })
      }
      return after
    })
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') throw new AppError('CONFLICT')
    throw e
  }
}
