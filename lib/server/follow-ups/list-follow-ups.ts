// The follow-up lists: routed to me, to my department, my areas' (housekeepers) or all (supervisors) — open or closed.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import type { FollowUpTab } from '@/lib/validation/follow-up'
import { householdScope } from '@/lib/server/scope/households'
import { actorDepartment, followUpScope, overseesFollowUps } from './follow-up-scope'

export const FOLLOW_UPS_PAGE_SIZE = 20

/** The tabs an actor has, in order; the first is the default. */
export function followUpTabs(actor: Actor, department: string | null): FollowUpTab[] {
  const tabs: FollowUpTab[] = ['mine']
  if (department) tabs.push('department')
  if (actor.role === 'housekeeper') tabs.push('area')
  if (overseesFollowUps(actor)) tabs.push('all')
  return tabs
}

export async function listFollowUps({ actor, tab, status = 'open', page = 1 }: { actor: Actor; tab?: FollowUpTab; status?: 'open' | 'done'; page?: number }) {
  const department = await actorDepartment(actor)
  const tabs = followUpTabs(actor, department)
  const current = tab && tabs.includes(tab) ? tab : tabs[0]!
  const tabWhere =
    current === 'mine'
      ? { assigneeId: actor.id }
      : current === 'department'
        ? { department: department ?? '\u0000' }
        : current === 'area'
          ? { household: householdScope(actor) }
          : {}
  const where = { AND: [followUpScope(actor, department), tabWhere, { status: status === 'done' ? ('done' as const) : ('open' as const) }] }
  const [total, rows] = await Promise.all([
    db.followUp.count({ where }),
    db.followUp.findMany({
      where,
      orderBy: status === 'done' ? { closedAt: 'desc' } : { dueAt: 'asc' },
      skip: (page - 1) * FOLLOW_UPS_PAGE_SIZE,
      take: FOLLOW_UPS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        dueAt: true,
        rule: true,
        createdAt: true,
        closedAt: true,
        urgency: true,
        department: true,
        reply: true,
        household: { select: { id: true, roomNo: true } },
        assignee: { select: { name: true } },
      },
    }),
  ])
  return { tabs, tab: current, total, rows }
}
