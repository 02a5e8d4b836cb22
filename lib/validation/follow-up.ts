// Follow-ups (R1/R4): routing to a department and a person, and closing with the reply given to the resident.
import { z } from 'zod'
import { id, optionalId, text, version } from './common'

/** The center's departments a follow-up can be routed to (labels in messages/<locale>/visits.json `departments`). */
export const DEPARTMENTS = ['customerService', 'engineering', 'security', 'environment', 'finance'] as const
export type Department = (typeof DEPARTMENTS)[number]

export const closeFollowUpSchema = z.object({
  id: id('跟进事项'),
  version,
  reply: text('给住户的答复', 1000),
})

export const reassignFollowUpSchema = z.object({
  id: id('跟进事项'),
  version,
  department: z.enum(DEPARTMENTS, { error: '请选择处理部门' }),
  assigneeId: optionalId,
})

export const FOLLOW_UP_TABS = ['mine', 'department', 'area', 'all'] as const
export type FollowUpTab = (typeof FOLLOW_UP_TABS)[number]
