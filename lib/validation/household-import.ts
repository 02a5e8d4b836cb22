// One row of the household import sheet (docs/decisions/0004), validated on the server with Chinese messages.
// Input: the row's cells as text ('' = empty, missing key = the column is not in the file).
// Output: typed values; `undefined` means "not stated" (an optional household field then keeps its stored value).
import { z } from 'zod'
import { phone } from './common'
import { parseLocalDate } from '@/lib/server/households/import/cell-text'
import { EXAMPLE_NOTE } from '@/lib/server/households/import/columns'
import { parseRoom } from '@/lib/server/households/import/parse-room'

const cell = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())

const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

const areaCode = cell.transform((v, ctx) => {
  if (v === '') return fail(ctx, '请填写片区编码')
  if (v.length > 20) return fail(ctx, '片区编码不能超过 20 个字')
  return v
})

const building = cell.transform((v, ctx) => {
  // Kept as typed (building numbers are compared exactly); 3号楼 / 3栋 mean building 3.
  const s = v.replace(/(号楼|号|栋|幢|座)$/, '').trim()
  if (s === '') return fail(ctx, '请填写楼栋')
  if (!/^[0-9A-Za-z]{1,20}$/.test(s)) return fail(ctx, '楼栋只能是数字或字母，如 3 或 A2')
  return s
})

const unit = cell.transform((v, ctx) => {
  const s = v.replace(/单元$/, '').trim()
  if (s === '') return fail(ctx, '请填写单元')
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 99) return fail(ctx, '单元应为 1–99 的整数')
  return Number(s)
})

const room = cell.transform((v, ctx) => {
  const r = parseRoom(v)
  return r.ok ? r : fail(ctx, r.reason)
})

const areaM2 = cell.transform((v, ctx) => {
  const s = v.replace(/(㎡|m²|m2|平方米|平米)$/i, '').trim()
  if (s === '') return undefined
  if (!/^\d+(\.0+)?$/.test(s)) return fail(ctx, '面积应为整数（平方米），如 98')
  const n = Number(s)
  if (n < 10 || n > 2000) return fail(ctx, '面积应在 10–2000 ㎡ 之间')
  return n
})

const OCCUPANCY = { 已入住: 'occupied', 未入住: 'notMovedIn' } as const
const occupancy = cell.transform((v, ctx) => {
  if (v === '') return fail(ctx, '请填写入住状态（已入住 / 未入住）')
  const o = OCCUPANCY[v as keyof typeof OCCUPANCY]
  return o ?? fail(ctx, '入住状态只能填写「已入住」或「未入住」')
})

const moveInDate = cell.transform((v, ctx) => {
  if (v === '') return undefined
  return parseLocalDate(v) ?? fail(ctx, '入住日期应为有效日期，如 2020-05-01')
})

const YES_NO: Record<string, boolean> = { 是: true, 否: false, y: true, n: false, yes: true, no: false, true: true, false: false, '1': true, '0': false }
const keyAttention = cell.transform((v, ctx) => {
  if (v === '') return undefined
  const b = YES_NO[v.toLowerCase()]
  return b ?? fail(ctx, '重点关注只能填写「是」或「否」（不填为否）')
})

const name = cell.transform((v, ctx) => {
  if (v === '') return undefined
  if (v.length > 50) return fail(ctx, '住户姓名不能超过 50 个字')
  return v
})

const KIND = { 业主: 'owner', 租户: 'tenant', 家属: 'family' } as const
const kind = cell.transform((v, ctx) => {
  if (v === '') return undefined
  return KIND[v as keyof typeof KIND] ?? fail(ctx, '身份只能填写「业主」「租户」或「家属」')
})

const mobile = cell.transform((v, ctx) => {
  // 138 0000 0001 and 138-0000-0001 are the same mobile number.
  const s = /^1[\d\s-]+$/.test(v) ? v.replace(/[\s-]/g, '') : v.replace(/\s/g, '')
  if (s === '') return undefined
  const r = phone.safeParse(s)
  return r.success ? r.data : fail(ctx, r.error.issues[0]?.message ?? '手机号格式不正确')
})

const note = cell.transform((v, ctx) => {
  if (v === '') return undefined
  if (v === EXAMPLE_NOTE) return fail(ctx, '这是模板中的示例行，请删除后再导入')
  if (v.length > 500) return fail(ctx, '备注不能超过 500 个字')
  return v
})

export const householdImportRowSchema = z
  .object({ areaCode, building, unit, room, areaM2, occupancy, moveInDate, keyAttention, name, kind, phone: mobile, note })
  .superRefine((r, ctx) => {
    if (r.occupancy === 'notMovedIn' && r.moveInDate) ctx.addIssue({ code: 'custom', path: ['moveInDate'], message: '未入住的房屋不能填写入住日期' })
    if (r.name === undefined && r.kind) ctx.addIssue({ code: 'custom', path: ['kind'], message: '填写了身份，但没有填写住户姓名' })
    if (r.name === undefined && r.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: '填写了手机，但没有填写住户姓名' })
  })

export type HouseholdImportRowInput = z.input<typeof householdImportRowSchema>
export type HouseholdImportRowOutput = z.output<typeof householdImportRowSchema>

/** The upload form's button: check (dry run) or import in one of the two modes; an import needs the checked file's hash. */
export const importIntentSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('check') }),
  z.object({
    intent: z.enum(['all', 'goodOnly']),
    hash: z.string({ error: '请先检查文件，再选择导入方式' }).regex(/^[0-9a-f]{64}$/, '请先检查文件，再选择导入方式'),
  }),
], { error: '请选择操作' })
