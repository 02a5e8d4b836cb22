// Forms of the fee module (F1–F9): zod schemas with Chinese messages, shared by the forms and the operations.
import { z } from 'zod'
import { checkbox, clientKey, id, localDate, optionalText, phone, text, version } from './common'
import {
  CHANNELS_BY_KIND,
  CLASSIFICATIONS,
  CONTACT_RELATIONS,
  MONTHS_FILTERS,
  OUTCOMES_BY_KIND,
  PAYMENT_METHODS,
  STEP_KINDS,
} from '@/lib/server/fees/constants'
import { parseYuan } from '@/lib/server/fees/money'

/** Yuan typed in a form → integer cents. */
export const yuan = (label: string) =>
  z.string({ error: `请填写${label}` }).transform((v, ctx) => {
    const r = parseYuan(v)
    if ('error' in r) {
      ctx.addIssue({ code: 'custom', message: r.error.replace('请填写金额', `请填写${label}`) })
      return z.NEVER
    }
    return r.cents
  })

export const yearMonth = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 年-月，如 2026-11')

export const paymentSchema = z.object({
  clientKey,
  amount: yuan('缴费金额'),
  paidOn: localDate('缴费日期'),
  method: z.enum(PAYMENT_METHODS, { error: '请选择缴费方式' }),
})

export const promiseSchema = z.object({
  promisedDate: localDate('承诺缴费日期'),
  amount: yuan('承诺金额'),
  channel: z.enum(CHANNELS_BY_KIND.personal as [string, ...string[]], { error: '请选择联系方式' }),
  note: optionalText('备注', 300),
  guardAcknowledged: checkbox,
})

export const stepSchema = z
  .object({
    kind: z.enum(STEP_KINDS, { error: '请选择催缴步骤' }),
    channel: z.string({ error: '请选择方式' }).trim().min(1, '请选择方式'),
    outcome: z.string({ error: '请选择结果' }).trim().min(1, '请选择结果'),
    note: optionalText('说明', 500),
    guardAcknowledged: checkbox,
    supervisorConfirmed: checkbox,
  })
  .superRefine((v, ctx) => {
    if (!CHANNELS_BY_KIND[v.kind].includes(v.channel)) ctx.addIssue({ code: 'custom', path: ['channel'], message: '该步骤不能用这种方式' })
    if (!OUTCOMES_BY_KIND[v.kind].includes(v.outcome)) ctx.addIssue({ code: 'custom', path: ['outcome'], message: '请选择该步骤的结果' })
  })

export const waiveSchema = z.object({
  billId: id('账单'),
  version,
  waive: checkbox,
  reason: text('原因', 300),
})

export const caseSchema = z.object({
  month: yearMonth,
  /** absent when the household has no case for the month yet */
  version: z.coerce.number().int().min(0).optional().default(0),
  responsibleId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  classification: z
    .union([z.enum(CLASSIFICATIONS), z.literal('')], { error: '请选择有效的欠费分类' })
    .optional()
    .transform((v) => (v ? v : null)),
})

export const alternativeContactSchema = z.object({
  name: text('姓名', 50),
  relation: z.enum(CONTACT_RELATIONS, { error: '请选择与业主的关系' }),
  phone,
  source: text('信息来源', 100),
})

export const compileSchema = z.object({ month: yearMonth })

const opt = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), s.optional())

/** The arrears list's URL filters; anything invalid is dropped rather than failing the page. */
export const arrearsQuerySchema = z.object({
  month: opt(yearMonth).catch(undefined),
  area: opt(z.string().max(64)).catch(undefined),
  months: opt(z.enum(MONTHS_FILTERS)).catch(undefined),
  classification: opt(z.union([z.enum(CLASSIFICATIONS), z.literal('none')])).catch(undefined),
  promise: opt(z.enum(['yes', 'no'])).catch(undefined),
  q: opt(z.string().trim().max(40)).catch(undefined),
})
export type ArrearsQuery = z.infer<typeof arrearsQuerySchema>

export const feeImportIntentSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('check'), kind: z.enum(['bills', 'payments'], { error: '请选择导入内容' }) }),
    z.object({
      intent: z.enum(['all', 'goodOnly']),
      kind: z.enum(['bills', 'payments'], { error: '请选择导入内容' }),
      hash: z.string({ error: '请先检查文件，再选择导入方式' }).regex(/^[0-9a-f]{64}$/, '请先检查文件，再选择导入方式'),
    }),
  ],
  { error: '请选择操作' },
)
