// R4: a follow-up is closed with the reply given to the resident — guarded by `version`, audited.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { assertUpdated, parseInput } from '@/lib/server/action'
import { closeFollowUpSchema } from '@/lib/validation/follow-up'
import { actorDepartment, followUpScope } from './follow-up-scope'

export async function closeFollowUp({ actor, input, now = new Date() }: { actor: Actor; input: Record<string, unknown>; now?: Date }) {
  const data = parseInput(closeFollowUpSchema, input)
  const department = await actorDepartment(actor)
  return db.$transaction(async (tx) => {
    const f = await tx.followUp.findFirst({ where: { AND: [{ id: data.id }, followUpScope(actor, department)] }, select: { id: true, status: true } })
    if (!f) throw new AppError('NOT_FOUND')
    if (f.status !== 'open') throw new AppError('CONFLICT', '该跟进事项已关闭')
    const r = await tx.followUp.updateMany({
      where: { id: data.id, version: data.version, status: 'open' },
      data: { status: 'done', reply: data.reply, closedAt: now, version: { increment: 1 } },
    })
    assertUpdated(r.count)
    await audit(tx, { actorId: actor.id, entity: 'FollowUp', entityId: data.id, action: 'close', before: { status: 'open' }, after: { status: 'done', reply: data.reply, closedAt: now }, at: now })
    return { id: data.id }
  })
}
