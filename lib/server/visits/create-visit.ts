// V6: log a home or phone visit with what was observed and what the resident raised. Every item not
// answered on the spot becomes a follow-up with its R1 deadline, routed to a department and a person (R4).
// Idempotent by clientKey (an offline draft sent twice makes one visit); visit, items, follow-ups and
// audit rows are written in one transaction.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { audit } from '@/lib/audit'
import { fmtDateTimeFull } from '@/lib/format'
import { isPhoneWindow, nextPhoneWindow, replyDeadlineInfo, type Settings } from '@/lib/rules'
import { parseInput } from '@/lib/server/action'
import { fromLocalInput } from '@/lib/server/local-time'
import { getSettings } from '@/lib/server/settings/get-settings'
import { canLogVisit, requireHousehold } from '@/lib/server/households/require-household'
import { OBSERVATIONS, visitSchema } from '@/lib/validation/visit'

/** Tolerated difference between the phone's clock and the server's. */
export const CLOCK_SKEW_MS = 60_000

export type CreatedVisit = { id: string; householdId: string; duplicate: boolean; followUps: Array<{ id: string; dueAt: Date; rule: string }> }

export async function createVisit({ actor, input, now = new Date(), settings }: { actor: Actor; input: unknown; now?: Date; settings?: Settings }): Promise<CreatedVisit> {
  if (!canLogVisit(actor)) throw new AppError('FORBIDDEN')
  const data = parseInput(visitSchema, input)
  const s = settings ?? (await getSettings())

  const existing = await findByClientKey(actor, data.clientKey)
  if (existing) return existing

  const h = await requireHousehold(actor, data.householdId)
  const startedAt = fromLocalInput(data.startedAt, s)
  const endedAt = fromLocalInput(data.endedAt, s)
  const errors: Record<string, string[]> = {}
  const latest = now.getTime() + CLOCK_SKEW_MS
  if (startedAt.getTime() > latest) errors.startedAt = ['走访开始时间不能晚于现在']
  if (endedAt.getTime() > latest) errors.endedAt = ['结束时间不能晚于现在']
  const outsideWindow = data.kind === 'phone' && !isPhoneWindow(startedAt, s)
  if (outsideWindow && !data.outsideWindowReason) {
    const next = nextPhoneWindow(startedAt, s)
    errors.outsideWindowReason = [
      `${fmtDateTimeFull(startedAt, 'zh-CN', s.timeZone)} 不在电话回访时段内（V5），下一个可拨打时间：${fmtDateTimeFull(next, 'zh-CN', s.timeZone)}。如是住户来电或事先约定的时间，请填写原因`,
    ]
  }
  if (Object.keys(errors).length > 0) throw new AppError('INVALID', undefined, errors)

  // The six observations are made at the door: a phone visit has none.
  const observations = data.kind === 'phone' ? undefined : observationsOf(data)

  try {
    return await db.$transaction(async (tx) => {
      if (data.planItemId) {
        const item = await tx.visitPlanItem.findFirst({
          where: { id: data.planItemId, householdId: h.id, plan: { housekeeperId: actor.id }, visit: null },
          select: { id: true },
        })
        if (!item) throw new AppError('INVALID', '该计划走访不存在或已记录过走访', { planItemId: ['该计划走访不存在或已记录过走访'] })
      }
      const visit = await tx.visit.create({
        data: {
          clientKey: data.clientKey,
          householdId: h.id,
          housekeeperId: actor.id,
          kind: data.kind,
          purpose: data.purpose,
          startedAt,
          endedAt,
          metWhom: data.metWhom ?? null,
          observations,
          notes: data.notes ?? null,
          outsideWindowReason: outsideWindow ? (data.outsideWindowReason ?? null) : null,
          planItemId: data.planItemId ?? null,
        },
        select: { id: true },
      })
      await audit(tx, {
        actorId: actor.id,
        entity: 'Visit',
        entityId: visit.id,
        action: 'create',
        after: { householdId: h.id, kind: data.kind, purpose: data.purpose, startedAt, endedAt, feedbackItems: data.feedback.length },
        at: now,
      })
      const followUps: CreatedVisit['followUps'] = []
      for (const [i, f] of data.feedback.entries()) {
        const item = await tx.feedbackItem.create({
          data: { visitId: visit.id, text: f.text, urgency: f.urgency, answeredOnSpot: f.answeredOnSpot, answer: f.answeredOnSpot ? (f.answer ?? null) : null },
          select: { id: true },
        })
        if (f.answeredOnSpot) continue
        const assigneeId = f.assigneeId ?? actor.id
        const assignee = await tx.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true } })
        if (!assignee) throw new AppError('INVALID', undefined, { [`feedback.${i}.assigneeId`]: ['请选择有效的负责人'] })
        const deadline = replyDeadlineInfo({ registeredAt: endedAt, urgency: f.urgency }, s)
        const followUp = await tx.followUp.create({
          data: {
            householdId: h.id,
            feedbackItemId: item.id,
            source: 'feedback',
            title: f.text.slice(0, 200),
            urgency: f.urgency,
            dueAt: deadline.due,
            rule: deadline.label,
            department: f.department ?? null,
            assigneeId,
            createdById: actor.id,
          },
          select: { id: true, dueAt: true, rule: true },
        })
        await audit(tx, {
          actorId: actor.id,
          entity: 'FollowUp',
          entityId: followUp.id,
          action: 'create',
          after: { source: 'feedback', visitId: visit.id, dueAt: followUp.dueAt, rule: followUp.rule, department: f.department, assigneeId },
          at: now,
        })
        followUps.push(followUp)
      }
      // A visit made for a §3.3 task (wedding, move-in welcome…) settles the household's open task of that kind.
      if (data.purpose !== 'routine') {
        const tasks = await tx.followUp.findMany({ where: { householdId: h.id, source: data.purpose, status: 'open' }, select: { id: true } })
        const reply = `已${data.kind === 'home' ? '上门' : '电话'}走访（${fmtDateTimeFull(startedAt, 'zh-CN', s.timeZone)}）`
        for (const task of tasks) {
          await tx.followUp.update({ where: { id: task.id }, data: { status: 'done', reply, closedAt: now, version: { increment: 1 } } })
          await audit(tx, { actorId: actor.id, entity: 'FollowUp', entityId: task.id, action: 'close', before: { status: 'open' }, after: { status: 'done', reply, visitId: visit.id }, at: now })
        }
      }
      return { id: visit.id, householdId: h.id, duplicate: false, followUps }
    })
  } catch (e) {
    // Two sends of one draft at the same moment: the second loses the unique clientKey and gets the first.
    if ((e as { code?: string }).code === 'P2002') {
      const again = await findByClientKey(actor, data.clientKey)
      if (again) return again
    }
    throw e
  }
}

async function findByClientKey(actor: Actor, clientKey: string): Promise<CreatedVisit | null> {
  const v = await db.visit.findUnique({
    where: { clientKey },
    select: { id: true, householdId: true, housekeeperId: true, feedbackItems: { select: { followUp: { select: { id: true, dueAt: true, rule: true } } } } },
  })
  if (!v) return null
  if (v.housekeeperId !== actor.id) throw new AppError('CONFLICT', '表单编号重复，请刷新页面后重新填写')
  return { id: v.id, householdId: v.householdId, duplicate: true, followUps: v.feedbackItems.flatMap((f) => (f.followUp ? [f.followUp] : [])) }
}

function observationsOf(data: { observations?: Partial<Record<(typeof OBSERVATIONS)[number], boolean>>; observationNote?: string }) {
  const note = data.observationNote ? { note: data.observationNote } : {}
  if (!data.observations) return data.observationNote ? note : undefined
  return { ...Object.fromEntries(OBSERVATIONS.map((k) => [k, data.observations?.[k] === true])), ...note }
}
