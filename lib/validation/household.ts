// Household registry forms: the household's own fields (admin/supervisor) and its residents.
import { z } from 'zod'
import { checkbox, id, optionalId, optionalText, phone, text, version } from './common'

export const OCCUPANCIES = ['occupied', 'notMovedIn'] as const
export const RESIDENT_KINDS = ['owner', 'tenant', 'family'] as const

const optionalLocalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v && v.length > 0 ? v : undefined))
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), `${label}格式应为 年-月-日`)

const optionalPhone = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v && v.length > 0 ? v : undefined))
  .pipe(phone.optional())

export const updateHouseholdSchema = z
  .object({
    id: id('住户'),
    version,
    occupancy: z.enum(OCCUPANCIES, { error: '请选择入住状态' }),
    moveInDate: optionalLocalDate('入住日期'),
    keyAttention: checkbox,
    note: optionalText('备注', 1000),
  })
  .superRefine((h, ctx) => {
    if (h.occupancy === 'notMovedIn' && h.moveInDate) {
      ctx.addIssue({ code: 'custom', path: ['moveInDate'], message: '未入住的住户不能有入住日期，请清空或改为已入住' })
    }
  })

export const residentSchema = z.object({
  householdId: id('住户'),
  residentId: optionalId,
  version: z.coerce.number().int().min(1).optional().or(z.literal('').transform(() => undefined)),
  name: text('姓名', 50),
  kind: z.enum(RESIDENT_KINDS, { error: '请选择身份' }),
  phone: optionalPhone,
  phone2: optionalPhone,
  isPrimary: checkbox,
  note: optionalText('备注', 500),
})

export const removeResidentSchema = z.object({
  householdId: id('住户'),
  residentId: id('住户成员'),
  version,
})

export const householdListQuerySchema = z.object({
  q: z.string().trim().max(40).optional().catch(undefined),
  occupancy: z.enum(OCCUPANCIES).optional().catch(undefined),
  keyAttention: z.enum(['1']).optional().catch(undefined),
  building: z.string().trim().max(20).optional().catch(undefined),
  area: z.string().trim().max(64).optional().catch(undefined),
})
