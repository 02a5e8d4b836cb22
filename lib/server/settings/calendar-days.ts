// T4 overrides (a day off, a make-up working day) and C2 rain days. Admins keep the calendar; rain may be
// recorded by admins, supervisors and front desk.
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { localDate, optionalText } from '@/lib/validation/common'

const calendarDaySchema = z.object({ date: localDate('日期'), working: z.enum(['0', '1'], { error: '请选择放假或上班' }), name: optionalText('名称', 40) })

export async function saveCalendarDay({ actor, input }: { actor: Actor; input: unknown }) {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '只有管理员可以调整节假日')
  const v = parseInput(calendarDaySchema, input)
  return db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: v.date } })
    const row = await tx.calendarDay.upsert({ where: { date: v.date }, create: { date: v.date, working: v.working === '1', name: v.name }, update: { working: v.working === '1', name: v.name } })
    await audit(tx, { actorId: actor.id, entity: 'CalendarDay', entityId: row.id, action: before ? 'update' : 'create', before, after: row })
    return row
  })
}

export async function deleteCalendarDay({ actor, id }: { actor: Actor; id: string }) {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '只有管理员可以调整节假日')
  return db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { id } })
    if (!before) throw new AppError('NOT_FOUND')
    await tx.calendarDay.delete({ where: { id } })
    await audit(tx, { actorId: actor.id, entity: 'CalendarDay', entityId: id, action: 'delete', before })
  })
}

export const RAIN_RECORDERS = ['admin', 'supervisor', 'frontDesk'] as const

export async function recordRainDay({ actor, input }: { actor: Actor; input: unknown }) {
  if (!(RAIN_RECORDERS as readonly string[]).includes(actor.role)) throw new AppError('FORBIDDEN', '您不能记录降雨')
  const v = parseInput(z.object({ date: localDate('降雨日期') }), input)
  return db.$transaction(async (tx) => {
    const existing = await tx.rainDay.findUnique({ where: { date: v.date } })
    if (existing) return existing
    const row = await tx.rainDay.create({ data: { date: v.date, source: 'manual', recordedById: actor.id } })
    await audit(tx, { actorId: actor.id, entity: 'RainDay', entityId: row.id, action: 'create', after: row })
    return row
  })
}
