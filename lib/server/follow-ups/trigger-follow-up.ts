// A §3.3 task as a follow-up: due date from lib/rules triggerTask, assigned to the household's housekeeper.
import type { Tx } from '@/lib/db'
import { audit } from '@/lib/audit'
import { triggerTask, type LocalDate, type Settings, type TriggerKey } from '@/lib/rules'

type EventTrigger = 'moveInWelcome' | 'wedding' | 'birth' | 'illness' | 'bereavement'

export async function createTriggerFollowUp(
  tx: Tx,
  opts: { actorId: string; householdId: string; areaId: string; trigger: TriggerKey; eventDate: LocalDate; detail?: string; settings: Settings },
) {
  const task = triggerTask({ trigger: opts.trigger as EventTrigger, eventDate: opts.eventDate }, opts.settings)
  const housekeeper = await tx.user.findFirst({
    where: { role: 'housekeeper', active: true, areas: { some: { areaId: opts.areaId } } },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  })
  const title = opts.detail ? `${task.label}：${opts.detail}`.slice(0, 200) : task.label
  const f = await tx.followUp.create({
    data: {
      householdId: opts.householdId,
      source: opts.trigger,
      title,
      urgency: 'general',
      dueAt: task.due,
      rule: `${task.rule} ${task.label}`,
      // The housekeeper's own task, not a department's.
      department: null,
      assigneeId: housekeeper?.id ?? opts.actorId,
      createdById: opts.actorId,
    },
    select: { id: true, dueAt: true, rule: true, assigneeId: true },
  })
  await audit(tx, { actorId: opts.actorId, entity: 'FollowUp', entityId: f.id, action: 'create', after: { source: opts.trigger, title, dueAt: f.dueAt, rule: f.rule, assigneeId: f.assigneeId } })
  return f
}
