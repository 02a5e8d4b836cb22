// 报修登记: idempotent by the form's clientKey; number BX-YYYYMMDD-NNNN; the R1 reply deadline runs from the reported time.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { fromLocalInput } from '@/lib/server/local-time'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { householdScope } from '@/lib/server/scope/households'
import { nextNumber } from '@/lib/server/complaints/numbering'
import { toLocalDate, type Settings } from '@/lib/rules'
import { registerRepairSchema } from '@/lib/validation/repair'
import { assertCanRegister } from './access'
import { repairReplyDeadline } from './deadlines'

/** A reported time older than this is most likely a typo (wrong year or month). */
const MAX_BACKDATE_DAYS = 30

export async function registerRepair({ actor, input, now = new Date(), settings }: { actor: Actor; input: unknown; now?: Date; settings?: Settings }) {
  assertCanRegister(actor)
  const v = parseInput(registerRepairSchema, input)
  const s = settings ?? (await loadSettings())

  // A double-clicked or re-sent form: the same key returns the repair already made.
  const existing = await db.repair.findUnique({ where: { clientKey: v.clientKey }, select: { id: true, no: true, reportedById: true } })
  if (existing) {
    if (existing.reportedById !== actor.id) throw new AppError('CONFLICT', '表单已提交过，请刷新页面')
    return existing
  }

  const household = await db.household.findFirst({ where: { id: v.householdId, ...householdScope(actor) }, select: { id: true } })
  if (!household) throw new AppError('INVALID', undefined, { householdId: ['请从列表中选择住户（或该住户不在您的片区）'] })

  const reportedAt = fromLocalInput(v.reportedAt, s)
  if (reportedAt.getTime() > now.getTime() + 60_000) throw new AppError('INVALID', undefined, { reportedAt: ['报修时间不能晚于现在'] })
  if (reportedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) throw new AppError('INVALID', undefined, { reportedAt: [`报修时间不能早于 ${MAX_BACKDATE_DAYS} 天前`] })

  // An 急修 is urgent by its category (§3.1).
  const urgent = v.category === 'urgent' || v.urgent
  try {
    return await db.$transaction(async (tx) => {
      const no = await nextNumber(tx, 'BX', toLocalDate(now, s))
      const r = await tx.repair.create({
        data: {
          no,
          clientKey: v.clientKey,
          householdId: household.id,
          category: v.category,
          urgent,
          severe: v.severe,
          description: v.description,
          reportedAt,
          reportedById: actor.id,
        },
        select: { id: true, no: true, reportedById: true },
      })
      const r1 = repairReplyDeadline({ reportedAt, urgent }, s)
      await audit(tx, {
        actorId: actor.id,
        entity: 'Repair',
        entityId: r.id,
        action: 'register',
        at: now,
        after: { no, householdId: household.id, category: v.category, urgent, severe: v.severe, description: v.description, reportedAt, replyDueAt: r1.due, replyRule: r1.label },
      })
      return r
    })
  } catch (e) {
    // Two submits racing with the same key: the loser returns the winner's repair.
    if ((e as { code?: string }).code === 'P2002') {
      const again = await db.repair.findUnique({ where: { clientKey: v.clientKey }, select: { id: true, no: true, reportedById: true } })
      if (again) return again
    }
    throw e
  }
}
