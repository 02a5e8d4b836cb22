// P4 steps after registration: assign, hand over, reply (R1), handled (→ R2, C4), result reply, close (总结).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { notify } from '@/lib/server/notifications/notify'
import { complaintCallbackDeadline, resultReplyDeadlineInfo, type Settings } from '@/lib/rules'
import { DEPARTMENT_LABELS } from '@/lib/departments'
import { assignComplaintSchema, closeSchema, handledSchema, handOverSchema, replySchema, resultReplySchema } from '@/lib/validation/complaint'
import { assertCanChange } from './access'
import { mutateComplaint, requireStatus } from './mutate'

type Op = { actor: Actor; id: string; input: unknown; now?: Date; settings?: Settings }

const OPEN = ['open', 'assigned', 'replied']

async function activeUser(id: string, message: string) {
  const u = await db.user.findFirst({ where: { id, active: true }, select: { id: true, name: true } })
  if (!u) throw new AppError('INVALID', undefined, { [message]: ['请选择有效的人员'] })
  return u
}

export async function assignComplaint({ actor, id, input, now = new Date() }: Op) {
  const v = parseInput(assignComplaintSchema, input)
  const assignee = await activeUser(v.assigneeId, 'assigneeId')
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'assign',
    authorize: (c) => {
      assertCanChange(actor, c)
      requireStatus(c, OPEN, '只有未处理完的投诉可以分派')
    },
    change: (c) => ({
      data: { department: v.department, assigneeId: assignee.id, plan: v.plan, status: c.status === 'open' ? 'assigned' : c.status },
      step: { kind: 'assigned', note: v.plan, data: { department: v.department, assigneeId: assignee.id, assigneeName: assignee.name } },
    }),
    after: async (tx, _b, c) => {
      if (assignee.id !== actor.id)
        await notify(tx, [{ userId: assignee.id, kind: 'complaintAssigned', title: `投诉 ${c.no} 已分派给您（${DEPARTMENT_LABELS[v.department]}）`, body: v.plan, link: `/complaints/${c.id}` }])
    },
  })
}

export async function handOverComplaint({ actor, id, input, now = new Date() }: Op) {
  const v = parseInput(handOverSchema, input)
  const owner = await activeUser(v.ownerId, 'ownerId')
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'handOver',
    authorize: (c) => {
      assertCanChange(actor, c)
      requireStatus(c, ['open', 'assigned', 'replied', 'handled', 'calledBack'], '已关闭的投诉不能交接')
      if (c.ownerId === owner.id) throw new AppError('INVALID', undefined, { ownerId: ['新的负责人与当前负责人相同'] })
    },
    change: (c) => ({ data: { ownerId: owner.id }, step: { kind: 'handedOver', note: v.note, data: { from: c.ownerId, to: owner.id, toName: owner.name } } }),
    after: async (tx, _b, c) => {
      await notify(tx, [{ userId: owner.id, kind: 'complaintHandedOver', title: `投诉 ${c.no} 已交接给您负责`, body: v.note, link: `/complaints/${c.id}` }])
    },
  })
}

export async function replyComplaint({ actor, id, input, now = new Date() }: Op) {
  const v = parseInput(replySchema, input)
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'reply',
    authorize: (c) => {
      assertCanChange(actor, c)
      requireStatus(c, OPEN, '该投诉已处理完，请登记结果回复')
      if (c.repliedAt) throw new AppError('INVALID', '已答复过住户')
    },
    change: (c) => ({ data: { repliedAt: now, replyText: v.replyText, status: 'replied' }, step: { kind: 'replied', note: v.replyText, data: { late: now > c.replyDueAt } } }),
  })
}

export async function markComplaintHandled({ actor, id, input, now = new Date(), settings }: Op) {
  const v = parseInput(handledSchema, input)
  const s = settings ?? (await loadSettings())
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'handled',
    authorize: (c) => {
      assertCanChange(actor, c)
      requireStatus(c, OPEN, '该投诉已标记为处理完')
      if (!c.department) throw new AppError('INVALID', '请先分派处理部门和处理人（判断处理）')
    },
    change: (c) => {
      const r2 = resultReplyDeadlineInfo({ handledAt: now, channel: c.channel }, s)
      const c4 = complaintCallbackDeadline({ handledAt: now }, s)
      return {
        data: { handledAt: now, status: 'handled', resultReplyDueAt: r2.due, callbackDueAt: c4.due, resultRepliedAt: null, calledBackAt: null },
        step: { kind: 'handled', note: v.note, data: { resultReplyDueAt: r2.due, resultReplyRule: r2.label, callbackDueAt: c4.due } },
      }
    },
  })
}

export async function recordResultReply({ actor, id, input, now = new Date() }: Op) {
  const v = parseInput(resultReplySchema, input)
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'resultReply',
    authorize: (c) => {
      assertCanChange(actor, c)
      requireStatus(c, ['handled', 'calledBack'], '投诉处理完后才能回复结果')
      if (c.resultRepliedAt) throw new AppError('INVALID', '已回复过处理结果')
    },
    change: () => ({ data: { resultRepliedAt: now, resultReplyText: v.resultReplyText }, step: { kind: 'resultReplied', note: v.resultReplyText } }),
  })
}

export async function closeComplaint({ actor, id, input, now = new Date() }: Op) {
  const v = parseInput(closeSchema, input)
  return mutateComplaint({
    actor,
    id,
    version: v.version,
    now,
    action: 'close',
    authorize: (c) => {
      assertCanChange(actor, c)
      requireStatus(c, ['calledBack'], '回访住户满意后才能关闭投诉（100% 回访）')
    },
    change: () => ({
      data: { status: 'closed', closedAt: now, summaryCause: v.summaryCause, summaryLesson: v.summaryLesson, summaryChange: v.summaryChange },
      step: { kind: 'closed', note: v.summaryCause, data: { lesson: v.summaryLesson, change: v.summaryChange } },
    }),
  })
}
