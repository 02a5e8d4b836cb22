// Complaint forms: shared by the pages (field names) and the server operations (parsing).
import { z } from 'zod'
import { DEPARTMENTS } from '@/lib/departments'
import { checkbox, clientKey, id, intFrom, localDateTime, optionalId, optionalText, text, version } from './common'

export const CHANNEL_VALUES = ['phone', 'walkIn', 'letter', 'visit', 'media', 'authority', 'online'] as const
export const CATEGORY_VALUES = ['facilities', 'service', 'fees', 'emergency'] as const
export const COMMUNICATIVE_KINDS = ['help', 'question', 'venting'] as const
export const SATISFACTION_VALUES = ['satisfied', 'basically', 'notSatisfied'] as const

const natureChoice = z.enum(['effective', 'help', 'question', 'venting'], { error: '请选择投诉性质' })

export const registerComplaintSchema = z
  .object({
    clientKey,
    householdId: id('住户'),
    channel: z.enum(CHANNEL_VALUES, { error: '请选择投诉渠道' }),
    category: z.enum(CATEGORY_VALUES, { error: '请选择投诉类别' }),
    subcategory: optionalText('细类', 40),
    // P3: effective, or communicative with its kind (求助 / 咨询 / 发泄).
    nature: natureChoice,
    urgency: z.enum(['urgent', 'general'], { error: '请选择紧急程度' }),
    householdsAffected: intFrom('涉及户数', 1, 100000).default(1),
    injury: checkbox,
    propertyDamageOrSafety: checkbox,
    residentWords: text('住户反映的内容', 2000),
    arrivalAt: z.string().optional().transform((v) => (v ? v : undefined)).pipe(localDateTime('到场时间').optional()),
    repeatOfId: optionalId,
  })
  .superRefine((v, ctx) => {
    if (v.channel === 'walkIn' && !v.arrivalAt) ctx.addIssue({ code: 'custom', path: ['arrivalAt'], message: '现场投诉请填写处理人员到场时间（D1）' })
  })

export type RegisterComplaintInput = z.infer<typeof registerComplaintSchema>

export const assignComplaintSchema = z.object({
  version,
  department: z.enum(DEPARTMENTS, { error: '请选择处理部门' }),
  assigneeId: id('处理人'),
  plan: text('处理方案', 1000),
})

export const handOverSchema = z.object({ version, ownerId: id('新的负责人'), note: text('交接说明', 500) })

export const replySchema = z.object({ version, replyText: text('答复内容', 1000) })

export const handledSchema = z.object({ version, note: text('处理结果', 1000) })

export const resultReplySchema = z.object({ version, resultReplyText: text('结果回复内容', 1000) })

export const callbackSchema = z.object({
  version,
  satisfaction: z.enum(SATISFACTION_VALUES, { error: '请选择住户满意度' }),
  words: optionalText('住户意见', 1000),
  // One user per required lead: lead_<leadKey> = userId.
  leads: z.record(z.string(), z.string()),
  others: z.array(z.string()).default([]),
})

export const closeSchema = z.object({
  version,
  summaryCause: text('原因分析', 1000),
  summaryLesson: text('经验教训', 1000),
  summaryChange: text('改进措施', 1000),
})

export const correctFactsSchema = z.object({
  version,
  channel: z.enum(CHANNEL_VALUES, { error: '请选择投诉渠道' }),
  nature: natureChoice,
  householdsAffected: intFrom('涉及户数', 1, 100000),
  injury: checkbox,
  propertyDamageOrSafety: checkbox,
  repeatOfId: optionalId,
  note: text('更正原因', 500),
})

/** 'effective' | communicative kind → the two stored fields. */
export function splitNature(n: z.infer<typeof natureChoice>) {
  return n === 'effective' ? { nature: 'effective' as const, communicativeKind: null } : { nature: 'communicative' as const, communicativeKind: n }
}
