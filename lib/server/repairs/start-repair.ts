// 开始处理: the assigned technician takes the repair on (status 处理中). This also counts as the R1 reply to the resident.
import type { Actor } from '@/lib/auth/actor'
import { parseInput } from '@/lib/server/action'
import { startRepairSchema } from '@/lib/validation/repair'
import { assertAssignedTechnician } from './access'
import { mutateRepair, requireStatus } from './mutate'

export async function startRepair({ actor, id, input, now = new Date() }: { actor: Actor; id: string; input: unknown; now?: Date }) {
  const v = parseInput(startRepairSchema, input)
  return mutateRepair({
    actor,
    id,
    version: v.version,
    now,
    action: 'start',
    authorize: (r) => {
      assertAssignedTechnician(actor, r)
      requireStatus(r, ['open'], '这张维修单已经在处理中或已完成')
    },
    change: () => ({ data: { status: 'inProgress' } }),
  })
}
