// F3: "生成本月欠费名单" — one ArrearsCase per household in arrears for the month, each with a named person responsible:
// the classification and the responsible person carry over from the household's previous case, otherwise the area's
// housekeeper. Idempotent: households already on the month's list are left alone. Supervisor and center manager.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/server/action'
import { writeAudit } from '@/lib/server/households/import/write-audit'
import { notify } from '@/lib/server/notifications/notify'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { compileSchema } from '@/lib/validation/fees'
import { assertCan, CASE_MANAGERS } from './access'
import { arrearsCandidates, housekeeperByArea, referenceDay } from './arrears-candidates'

export async function compileArrearsList({ actor, input, now = new Date(), settings }: { actor: Actor; input: unknown; now?: Date; settings?: Settings }) {
  assertCan(actor, CASE_MANAGERS, '只有主管可以生成欠费名单')
  const v = parseInput(compileSchema, input)
  const s = settings ?? (await loadSettings())
  if (v.month > yearMonthOf(toLocalDate(now, s))) throw new AppError('INVALID', '不能生成未来月份的欠费名单')
  const { month, on } = referenceDay(v.month, now, s)
  try {
    return await db.$transaction(
      async (tx) => {
        const candidates = await arrearsCandidates(tx, { actor, on, settings: s })
        const existing = new Set((await tx.arrearsCase.findMany({ where: { period: month }, select: { householdId: true } })).map((c) => c.householdId))
        const todo = candidates.filter((c) => !existing.has(c.householdId))
        if (todo.length === 0) return { month, created: 0, existing: existing.size }
        const previous = await tx.arrearsCase.findMany({
          where: { householdId: { in: todo.map((c) => c.householdId) }, period: { lt: month } },
          orderBy: { period: 'desc' },
          select: { householdId: true, responsibleId: true, classification: true, responsible: { select: { active: true } } },
        })
        const prevOf = new Map<string, (typeof previous)[number]>()
        for (const p of previous) if (!prevOf.has(p.householdId)) prevOf.set(p.householdId, p)
        const defaults = await housekeeperByArea(tx)
        const data = todo.map((c) => {
          const prev = prevOf.get(c.householdId)
          const responsibleId = prev?.responsibleId && prev.responsible?.active ? prev.responsibleId : (defaults.get(c.areaId)?.id ?? null)
          return { householdId: c.householdId, period: month, responsibleId, classification: prev?.classification ?? null }
        })
        const created = []
        for (let i = 0; i < data.length; i += 500) {
          created.push(...(await tx.arrearsCase.createManyAndReturn({ data: data.slice(i, i + 500), select: { id: true, householdId: true, period: true, responsibleId: true, classification: true } })))
        }
        await writeAudit(
          tx,
          created.map((c) => ({ actorId: actor.id, entity: 'ArrearsCase', entityId: c.id, action: 'compile', after: c, at: now })),
        )
        const perUser = new Map<string, number>()
        for (const c of created) if (c.responsibleId && c.responsibleId !== actor.id) perUser.set(c.responsibleId, (perUser.get(c.responsibleId) ?? 0) + 1)
        await notify(
          tx,
          [...perUser].map(([userId, n]) => ({
            userId,
            kind: 'arrearsList',
            title: `${month} 欠费名单已生成：您负责 ${n} 户`,
            link: `/fees?month=${month}`,
            dedupeKey: `arrearsList:${month}:${userId}:${now.getTime()}`,
          })),
        )
        return { month, created: created.length, existing: existing.size }
      },
      { maxWait: 15_000, timeout: 120_000 },
    )
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', '其他人正在生成同一月份的欠费名单，请刷新后查看')
    throw e
  }
}
