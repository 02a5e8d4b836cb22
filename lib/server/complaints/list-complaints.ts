// The complaint lists: mine, open, due today, overdue, by level and category, with search — all within scope.
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { endOfLocalDay, toLocalDate, type Settings } from '@/lib/rules'
import { householdSearchWhere } from '@/lib/server/households/search-households'
import { complaintScope } from './access'
import { CATEGORY_VALUES } from '@/lib/validation/complaint'

export const VIEWS = ['open', 'mine', 'dueToday', 'overdue', 'closed', 'all'] as const

// Unknown filter values in the URL fall back to the default instead of failing the page.
export const listFiltersSchema = z.object({
  view: z.enum(VIEWS).catch('open'),
  level: z.enum(['1', '2', '3', '4', 'major']).optional().catch(undefined),
  category: z.enum(CATEGORY_VALUES).optional().catch(undefined),
  q: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type ListFilters = z.infer<typeof listFiltersSchema>
export const PAGE_SIZE = 20

export function complaintListWhere(actor: Actor, f: ListFilters, now: Date, settings: Settings) {
  const endOfToday = endOfLocalDay(toLocalDate(now, settings), settings)
  const view = {
    open: { status: { not: 'closed' as const } },
    mine: { ownerId: actor.id, status: { not: 'closed' as const } },
    dueToday: { status: { not: 'closed' as const }, nextDueAt: { gte: now, lte: endOfToday } },
    overdue: { status: { not: 'closed' as const }, nextDueAt: { lt: now } },
    closed: { status: 'closed' as const },
    all: {},
  }[f.view]
  const level = f.level === 'major' ? { level: { lte: 2 } } : f.level ? { level: Number(f.level) } : {}
  const text = f.q
    ? { OR: [{ household: householdSearchWhere(f.q) }, { residentWords: { contains: f.q } }, { no: { contains: f.q } }] }
    : {}
  return { AND: [complaintScope(actor), view, level, f.category ? { category: f.category } : {}, text] }
}

export async function listComplaints({ actor, filters, now, settings }: { actor: Actor; filters: ListFilters; now: Date; settings: Settings }) {
  const where = complaintListWhere(actor, filters, now, settings)
  const [total, rows] = await Promise.all([
    db.complaint.count({ where }),
    db.complaint.findMany({
      where,
      orderBy: filters.view === 'closed' || filters.view === 'all' ? [{ registeredAt: 'desc' }] : [{ nextDueAt: 'asc' }, { registeredAt: 'asc' }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        no: true,
        status: true,
        level: true,
        category: true,
        urgency: true,
        residentWords: true,
        registeredAt: true,
        nextDueAt: true,
        replyDueAt: true,
        repliedAt: true,
        household: { select: { roomNo: true } },
        owner: { select: { name: true } },
      },
    }),
  ])
  return { total, rows }
}
