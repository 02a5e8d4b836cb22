// 派工: front desk or a supervisor assigns (or reassigns) an open repair to an active technician, who is notified.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { notify } from '@/lib/server/notifications/notify'
import { assignRepairSchema } from '@/lib/validation/repair'
import { assertCanDispatch } from './access'
import { mutateRepair, requireStatus } from './mutate'

export async function assignRepair({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }) {
  assertCanDispatch(actor)
  const v = parseInput(assignRepairSchema, input)
  const tech = await db.user.findFirst({ where: { id: v.assigneeId, role: 'technician', active: true }, select: { id: true, name: true } })
  if (!tech) throw new AppError('INVALID', undefined, { assigneeId: ['请选择在岗的维修人员'] })
  return mutateRepair({
    actor,
    id,
    version: v.version,
    now,
    action: 'assign',
    authorize: (r) => {
      requireStatus(r, ['open', 'inProgress'], '已完成的维修单不能再派工')
      if (r.assigneeId === tech.id) throw new AppError('INVALID', undefined, { assigneeId: ['已经派给这位维修人员'] })
    },
    change: (r) => ({ data: { assigneeId: tech.id }, note: { assigneeName: tech.name, previousAssigneeId: r.assigneeId } }),
    after: async (tx, _before, r) => {
      await notify(tx, [{ userId: tech.id, kind: 'repairAssigned', title: `维修单 ${r.no} 已派给您`, link: `/repairs/${r.id}` }])
    },
  })
}
