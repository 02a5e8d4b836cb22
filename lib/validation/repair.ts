// Repair forms (§3.1, C1–C3): shared by the pages (field names) and the server operations (parsing).
import { z } from 'zod'
import { checkbox, clientKey, id, localDateTime, optionalText, text, version } from './common'

export const REPAIR_CATEGORY_VALUES = ['urgent', 'leak', 'safety', 'pipe', 'appliance', 'tv', 'wallCrack', 'other'] as const
export const CALLBACK_METHODS = ['phone', 'sms', 'visit'] as const
export const SATISFACTION_VALUES = ['satisfied', 'basically', 'notSatisfied'] as const
/** C3: what a failed callback leads to. */
export const FAILED_OUTCOMES = ['reopen', 'newRepair'] as const

export const registerRepairSchema = z
  .object({
    clientKey,
    householdId: id('住户'),
    category: z.enum(REPAIR_CATEGORY_VALUES, { error: '请选择维修类别' }),
    urgent: checkbox,
    severe: checkbox,
    description: text('报修内容', 2000),
    reportedAt: localDateTime('报修时间'),
  })
  .superRefine((v, ctx) => {
    if (v.severe && v.category !== 'safety') ctx.addIssue({ code: 'custom', path: ['severe'], message: '只有安全隐患可以标记为严重' })
  })

export type RegisterRepairInput = z.infer<typeof registerRepairSchema>

export const assignRepairSchema = z.object({ version, assigneeId: id('维修人员') })

export const startRepairSchema = z.object({ version })

export const completeRepairSchema = z.object({
  version,
  completedAt: localDateTime('完成时间'),
  note: text('维修内容（做了什么）', 1000),
})

export const recordCallbackSchema = z
  .object({
    version,
    method: z.enum(CALLBACK_METHODS, { error: '请选择回访方式' }),
    satisfaction: z.enum(SATISFACTION_VALUES, { error: '请选择住户满意度' }),
    words: optionalText('住户的原话', 1000),
    problemBack: checkbox,
    outcome: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.enum(FAILED_OUTCOMES, { error: '请选择处理方式' }).optional()),
  })
  .superRefine((v, ctx) => {
    const failed = v.satisfaction === 'notSatisfied' || v.problemBack
    if (failed && !v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: '不满意或问题复发时，请选择重新打开维修单或新建关联维修单（C3）' })
  })

export type RecordCallbackInput = z.infer<typeof recordCallbackSchema>

export function isFailedCallback(v: { satisfaction: string; problemBack: boolean }) {
  return v.satisfaction === 'notSatisfied' || v.problemBack
}
