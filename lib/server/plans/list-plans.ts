// The lists of /plans: my own plans, and (for reviewers) the plans waiting for approval.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { canReviewPlans, ownsPlans } from './access'

const ROW = {
  id: true,
  period: true,
  periodKey: true,
  status: true,
  updatedAt: true,
  reviewNote: true,
  housekeeper: { select: { id: true, name: true } },
  _count: { select: { items: true } },
} as const

export async function listMyPlans({ actor }: { actor: Actor }) {
  if (!ownsPlans(actor)) return []
  return db.visitPlan.findMany({ where: { housekeeperId: actor.id }, orderBy: [{ periodKey: 'desc' }, { period: 'asc' }], take: 36, select: ROW })
}

export async function listPlansToReview({ actor }: { actor: Actor }) {
  if (!canReviewPlans(actor)) return []
  return db.visitPlan.findMany({ where: { status: 'submitted', housekeeperId: { not: actor.id } }, orderBy: { updatedAt: 'asc' }, take: 100, select: ROW })
}
