// The visit record (V6): one schema for the form on the phone (drafts, offline outbox) and for POST /api/visits.
// Checks that need the clock or the settings (future times, V5 windows) are in lib/server/visits/create-visit.ts.
import { z } from 'zod'
import type { TriggerKey } from '@/lib/rules/triggers'
import { checkbox, clientKey, id, localDateTime, optionalId, optionalText, text } from './common'
import { DEPARTMENTS } from './follow-up'

export const VISIT_KINDS = ['home', 'phone'] as const
export const URGENCIES = ['general', 'urgent'] as const
/** §3.3 trigger keys (lib/rules TRIGGER_LABELS; a type-only import keeps the rules' calendar data out of the phone's bundle). */
export const TRIGGER_KEYS = [
  'moveInWelcome',
  'moveInThreeMonths',
  'errand',
  'repair',
  'communityEvent',
  'wedding',
  'bereavement',
  'illness',
  'complaintHandled',
  'feeCollection',
  'satisfactionSurvey',
  'birth',
] as const satisfies readonly TriggerKey[]
export const VISIT_PURPOSES = ['routine', ...TRIGGER_KEYS] as const

/** 000 第三步 观察六要素, in the source's order. */
export const OBSERVATIONS = ['door', 'shoes', 'furnishing', 'family', 'hobbies', 'clutter'] as const
export type ObservationKey = (typeof OBSERVATIONS)[number]

export const MAX_FEEDBACK_ITEMS = 20

export const feedbackItemSchema = z
  .object({
    text: text('意见或诉求内容', 1000),
    urgency: z.enum(URGENCIES, { error: '请选择紧急程度' }),
    answeredOnSpot: checkbox,
    answer: optionalText('当场答复', 1000),
    department: z
      .enum(DEPARTMENTS, { error: '请选择处理部门' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    assigneeId: optionalId,
  })
  .superRefine((f, ctx) => {
    if (f.answeredOnSpot && !f.answer) ctx.addIssue({ code: 'custom', path: ['answer'], message: '已当场答复的，请填写答复内容' })
    if (!f.answeredOnSpot && !f.department) ctx.addIssue({ code: 'custom', path: ['department'], message: '未当场答复的，请选择处理部门' })
  })

export type FeedbackItemInput = z.infer<typeof feedbackItemSchema>

const observationsSchema = z
  .object(Object.fromEntries(OBSERVATIONS.map((k) => [k, checkbox])) as Record<ObservationKey, typeof checkbox>)
  .partial()
  .optional()

export const visitSchema = z
  .object({
    clientKey,
    householdId: id('住户'),
    kind: z.enum(VISIT_KINDS, { error: '请选择上门或电话' }),
    purpose: z.enum(VISIT_PURPOSES, { error: '请选择走访目的' }).default('routine'),
    startedAt: localDateTime('开始时间'),
    endedAt: localDateTime('结束时间'),
    metWhom: optionalText('接待人', 100),
    observations: observationsSchema,
    observationNote: optionalText('观察记录', 1000),
    notes: optionalText('备注', 2000),
    outsideWindowReason: optionalText('原因', 300),
    planItemId: optionalId,
    feedback: z.array(feedbackItemSchema).max(MAX_FEEDBACK_ITEMS, `一次最多记录 ${MAX_FEEDBACK_ITEMS} 条意见`).default([]),
  })
  .superRefine((v, ctx) => {
    // Same-zone wall-clock strings of equal shape compare correctly as text.
    if (v.endedAt.slice(0, 16) < v.startedAt.slice(0, 16)) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: '结束时间不能早于开始时间' })
    }
  })

export type VisitInput = z.infer<typeof visitSchema>
/** What the form keeps on the device and sends (before zod's transforms). */
export type VisitDraft = z.input<typeof visitSchema>
