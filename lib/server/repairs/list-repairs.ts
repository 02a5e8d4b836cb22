// The /repairs lists: repairs (open, mine, completed, all) and callbacks (due today, overdue, waiting for rain),
// with a category filter and a search by room, name, phone or number — all within the actor's scope.
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { endOfLocalDay, toLocalDate, type Settings } from '@/lib/rules'
import { householdSearchWhere } from '@/lib/server/households/search-households'
import { REPAIR_CATEGORY_VALUES } from '@/lib/validation/repair'
import { repairScope } from './access'

export const REPAIR_VIEWS = ['open', 'mine', 'callbacksToday', 'callbacksOverdue', 'waitingForRain', 'completed', 'all'] as const
export type RepairView = (typeof REPAIR_VIEWS)[number]
export const CALLBACK_VIEWS: readonly RepairView[] = ['callbacksToday', 'callbacksOverdue', 'waitingForRain']
export const isCallbackView = (v: RepairView) => CALLBACK_VIEWS.includes(v)

// Unknown filter values in the URL fall back to the default instead of failing the page.
export const repairFiltersSchema = z.object({
  view: z.enum(REPAIR_VIEWS).catch('open'),
  category: z.enum(REPAIR_CATEGORY_VALUES).optional().catch(undefined),
  q: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type RepairFilters = z.infer<typeof repairFiltersSchema>
export const PAGE_SIZE = 20

function repairFacets(actor: Actor, f: RepairFilters) {
  const text = f.q ? { OR: [{ household: householdSearchWhere(f.q) }, { no: { contains: f.q } }, { description: { contains: f.q } }] } : {}
  return [repairScope(actor), f.category ? { category: f.category } : {}, text]
}

export function repairListWhere(actor: Actor, f: RepairFilters) {
  const view = {
    open: { status: { in: ['open' as const, 'inProgress' as const] } },
    mine: { status: { not: 'closed' as const }, OR: [{ reportedById: actor.id }, { assigneeId: actor.id }] },
    completed: { status: { in: ['completed' as const, 'closed' as const] } },
    all: {},
    callbacksToday: {},
    callbacksOverdue: {},
    waitingForRain: {},
  }[f.view]
  return { AND: [...repairFacets(actor, f), view] }
}

export function callbackListWhere(actor: Actor, f: RepairFilters, now: Date, settings: Settings) {
  const endOfToday = endOfLocalDay(toLocalDate(now, settings), settings)
  const view =
    f.view === 'callbacksOverdue'
      ? { dueAt: { lt: now } }
      : f.view === 'waitingForRain'
        ? { waitingForRain: true }
        : { dueAt: { gte: now, lte: endOfToday } }
  // A technician follows the callbacks of the repairs they did.
  const mine = actor.role === 'technician' ? [{ assigneeId: actor.id }] : []
  return { AND: [{ doneAt: null }, view, { repair: { AND: [...repairFacets(actor, f), ...mine] } }] }
}

const REPAIR_SELECT = {
  id: true,
  no: true,
  status: true,
  category: true,
  urgent: true,
  severe: true,
  description: true,
  reportedAt: true,
  completedAt: true,
  household: { select: { roomNo: true } },
  assignee: { select: { name: true } },
} as const

export async function listRepairs({ actor, filters }: { actor: Actor; filters: RepairFilters }) {
  const where = repairListWhere(actor, filters)
  const [total, rows] = await Promise.all([
    db.repair.count({ where }),
    db.repair.findMany({
      where,
      orderBy: filters.view === 'open' || filters.view === 'mine' ? [{ urgent: 'desc' }, { reportedAt: 'asc' }] : [{ reportedAt: 'desc' }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: REPAIR_SELECT,
    }),
  ])
  return { total, rows }
}

export async function listRepairCallbacks({ actor, filters, now, settings }: { actor: Actor; filters: RepairFilters; now: Date; settings: Settings }) {
  const where = callbackListWhere(actor, filters, now, settings)
  const [total, rows] = await Promise.all([
    db.repairCallback.count({ where }),
    db.repairCallback.findMany({
      where,
      orderBy: filters.view === 'waitingForRain' ? [{ repair: { completedAt: 'asc' } }] : [{ dueAt: 'asc' }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, key: true, rule: true, dueAt: true, waitingForRain: true, repair: { select: REPAIR_SELECT } },
    }),
  ])
  return { total, rows }
}
