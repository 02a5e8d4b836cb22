// 完成维修: the assigned technician records when and what was done; in the same transaction the §3.1 callbacks
// are created from lib/rules (C1 at least one; C2 the rain revisit waits for a rain day after the completion date).
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { fromLocalInput } from '@/lib/server/local-time'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { callbackRows } from '@/lib/server/repairs/callback-rows'
import type { Settings } from '@/lib/rules'
import { completeRepairSchema } from '@/lib/validation/repair'
import { assertAssignedTechnician } from './access'
import { mutateRepair, requireStatus } from './mutate'

export async function completeRepair({ actor, id, input, now = new Date(), settings }: { actor: Actor; id: string; input: unknown; now?: Date; settings?: Settings }) {
  const v = parseInput(completeRepairSchema, input)
  const s = settings ?? (await loadSettings())
  const completedAt = fromLocalInput(v.completedAt, s)
  if (completedAt.getTime() > now.getTime() + 60_000) throw new AppError('INVALID', undefined, { completedAt: ['完成时间不能晚于现在'] })
  return mutateRepair({
    actor,
    id,
    version: v.version,
    now,
    action: 'complete',
    authorize: (r) => {
      assertAssignedTechnician(actor, r)
      requireStatus(r, ['inProgress'], '请先开始处理，再登记完成')
      if (completedAt.getTime() < r.reportedAt.getTime()) throw new AppError('INVALID', undefined, { completedAt: ['完成时间不能早于报修时间'] })
    },
    change: () => ({ data: { status: 'completed', completedAt }, note: { note: v.note } }),
    after: async (tx, _before, r) => {
      const rainDays = (await tx.rainDay.findMany({ select: { date: true } })).map((d) => d.date)
      const rows = callbackRows({ category: r.category, completedAt, urgent: r.urgent, severe: r.severe }, rainDays, s)
      await tx.repairCallback.createMany({ data: rows.map((c) => ({ ...c, repairId: r.id })) })
      return { callbacks: rows }
    },
  })
}
