// P4 接诉 + 聆听记录: the registrar becomes the owner (R3); R1 deadline and P5 level computed at once.
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { fromLocalInput } from '@/lib/server/local-time'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { householdScope } from '@/lib/server/scope/households'
import { replyDeadlineInfo, toLocalDate, type Settings } from '@/lib/rules'
import { registerComplaintSchema, splitNature } from '@/lib/validation/complaint'
import { COMPLAINT_REGISTRARS } from './access'
import { levelOf, priorSameMatter, rootOf } from './level'
import { nextNumber } from './numbering'

export async function registerComplaint({ actor, input, now = new Date(), settings }: { actor: Actor; input: unknown; now?: Date; settings?: Settings }) {
  if (!COMPLAINT_REGISTRARS.includes(actor.role)) throw new AppError('FORBIDDEN', '您的角色不能登记投诉')
  const v = parseInput(registerComplaintSchema, input)
  const s = settings ?? (await loadSettings())

  // A double-clicked or re-sent form: the same key returns the complaint already made.
  const existing = await db.complaint.findUnique({ where: { clientKey: v.clientKey }, select: { id: true, no: true, registeredById: true } })
  if (existing) {
    if (existing.registeredById !== actor.id) throw new AppError('CONFLICT', '表单已提交过，请刷新页面')
    return existing
  }

  const household = await db.household.findFirst({ where: { id: v.householdId, ...householdScope(actor) }, select: { id: true } })
  if (!household) throw new AppError('INVALID', undefined, { householdId: ['请从列表中选择住户（或该住户不在您的片区）'] })

  const arrivalAt = v.arrivalAt ? fromLocalInput(v.arrivalAt, s) : null
  if (arrivalAt && arrivalAt.getTime() > now.getTime() + 60_000) throw new AppError('INVALID', undefined, { arrivalAt: ['到场时间不能晚于现在'] })

  try {
    return await db.$transaction(async (tx) => {
      let rootId: string | null = null
      if (v.repeatOfId) {
        const root = await rootOf(tx, v.repeatOfId)
        if (!root || root.householdId !== household.id) throw new AppError('INVALID', undefined, { repeatOfId: ['只能关联同一住户的投诉'] })
        rootId = root.rootId
      }
      const nature = splitNature(v.nature)
      const prior = await priorSameMatter(tx, { rootId, householdId: household.id, at: now }, s)
      const level = levelOf({ ...nature, channel: v.channel, injury: v.injury, propertyDamageOrSafety: v.propertyDamageOrSafety, householdsAffected: v.householdsAffected }, prior, 0, s)
      const r1 = replyDeadlineInfo({ registeredAt: now, urgency: v.urgency }, s)
      const no = await nextNumber(tx, 'TS', toLocalDate(now, s))
      const c = await tx.complaint.create({
        data: {
          no,
          clientKey: v.clientKey,
          householdId: household.id,
          channel: v.channel,
          category: v.category,
          subcategory: v.subcategory,
          nature: nature.nature,
          communicativeKind: nature.communicativeKind,
          urgency: v.urgency,
          householdsAffected: v.householdsAffected,
          injury: v.injury,
          propertyDamageOrSafety: v.propertyDamageOrSafety,
          residentWords: v.residentWords,
          arrivalAt,
          registeredAt: now,
          registeredById: actor.id,
          ownerId: actor.id,
          replyDueAt: r1.due,
          nextDueAt: r1.due,
          level: level.level,
          levelReasons: level.reasons,
          repeatOfId: rootId,
          steps: { create: [{ kind: 'recorded', actorId: actor.id, at: now, note: v.residentWords.slice(0, 200), data: { level: level.level, prior } }] },
        },
        select: { id: true, no: true, registeredById: true },
      })
      await audit(tx, { actorId: actor.id, entity: 'Complaint', entityId: c.id, action: 'register', after: { no, ...v, level: level.level, replyDueAt: r1.due } })
      return c
    })
  } catch (e) {
    // Two submits racing with the same key: the loser returns the winner's complaint.
    if ((e as { code?: string }).code === 'P2002') {
      const again = await db.complaint.findUnique({ where: { clientKey: v.clientKey }, select: { id: true, no: true, registeredById: true } })
      if (again) return again
    }
    throw e
  }
}
