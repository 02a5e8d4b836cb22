// Route a follow-up to another department or person (R4) — guarded by `version`, audited.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { reassignFollowUpSchema } from '@/lib/validation/follow-up'
import { actorDepartment, followUpScope } from './follow-up-scope'

export async function reassignFollowUp({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  const data = parseInput(reassignFollowUpSchema, input)
  const department = await actorDepartment(actor)
  return db.$transaction(async (tx) => {
    const f = await tx.followUp.findFirst({
      where: { AND: [{ id: data.id }, followUpScope(actor, department)] },
      select: { id: true, status: true, department: true, assigneeId: true },
    })
    if (!f) throw new AppError('NOT_FOUND')
    if (f.status !== 'open') throw new AppError('CONFLICT', '该跟进事项已关闭，不能再转派')
    if (data.assigneeId) {
      const u = await tx.user.findFirst({ where: { id: data.assigneeId, active: true }, select: { id: true } })
      if (!u) throw new AppError('INVALID', undefined, { assigneeId: ['请选择有效的负责人'] })
    }
    const after = { department: data.department, assigneeId: data.assigneeId ?? null }
    const r = await tx.followUp.updateMany({ where: { id: data.id, version: data.version, status: 'open' }, data: { ...after, version: { increment: 1 } } })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'FollowUp', entityId: data.id, action: 'reassign', before: { department: f.department, assigneeId: f.assigneeId }, after })
    return { id: data.id }
  })
}
