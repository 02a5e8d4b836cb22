// 个性化档案 (V7): what a housekeeper learns about a household; some events start a §3.3 follow-up.
import { z } from 'zod'
import type { TriggerKey } from '@/lib/rules/triggers'
import { checkbox, id, localDate, text, version } from './common'

export const PROFILE_KINDS = ['family', 'occupation', 'interest', 'event', 'contactTime', 'concern'] as const
export type ProfileKind = (typeof PROFILE_KINDS)[number]

export const PROFILE_EVENTS = ['movingIn', 'wedding', 'birth', 'exam', 'illness', 'bereavement', 'other'] as const
export type ProfileEvent = (typeof PROFILE_EVENTS)[number]

/** Events that put a §3.3 visit into the housekeeper's list (000 篇2 出現下述情況中心要安排回訪). */
export const EVENT_TRIGGERS: Partial<Record<ProfileEvent, TriggerKey>> = {
  movingIn: 'moveInWelcome',
  wedding: 'wedding',
  birth: 'birth',
  illness: 'illness',
  bereavement: 'bereavement',
}

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v && v.length > 0 ? v : undefined))
  .pipe(localDate('事件日期').optional())

const eventFields = {
  kind: z.enum(PROFILE_KINDS, { error: '请选择类别' }),
  eventType: z
    .enum(PROFILE_EVENTS, { error: '请选择事件类型' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  eventDate: optionalDate,
  text: text('内容', 1000),
}

function eventRules(p: { kind: ProfileKind; eventType?: ProfileEvent }, ctx: z.RefinementCtx) {
  if (p.kind === 'event' && !p.eventType) ctx.addIssue({ code: 'custom', path: ['eventType'], message: '请选择事件类型' })
}

export const addProfileItemSchema = z
  .object({ householdId: id('住户'), ...eventFields, createFollowUp: checkbox })
  .superRefine(eventRules)

export const updateProfileItemSchema = z
  .object({ householdId: id('住户'), itemId: id('档案条目'), version, ...eventFields })
  .superRefine(eventRules)

export const removeProfileItemSchema = z.object({ householdId: id('住户'), itemId: id('档案条目'), version })

