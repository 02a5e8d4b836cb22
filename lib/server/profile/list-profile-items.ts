// V7: the profile page's list (with versions for editing), scoped by the household lookup.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { requireHousehold } from '@/lib/server/households/require-household'

export async function listProfileItems({ actor, householdId }: { actor: Actor; householdId: string }) {
  const h = await requireHousehold(actor, householdId)
  const items = await db.profileItem.findMany({
    where: { householdId: h.id },
    orderBy: [{ kind: 'asc' }, { createdAt: 'desc' }],
    select: { id: true, kind: true, eventType: true, eventDate: true, text: true, version: true, updatedAt: true, createdBy: { select: { name: true } } },
  })
  const followUps = await db.followUp.findMany({
    where: { householdId: h.id, status: 'open', source: { not: 'feedback' } },
    orderBy: { dueAt: 'asc' },
    select: { id: true, title: true, dueAt: true, rule: true, createdAt: true },
  })
  return { household: h, items, followUps }
}
