// Earlier complaints of a household (last 90 days), offered as "same matter" links when registering a new one.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { complaintScope } from './access'

export async function recentComplaintsOfHousehold({ actor, householdId, now = new Date() }: { actor: Actor; householdId: string; now?: Date }) {
  return db.complaint.findMany({
    where: { AND: [complaintScope(actor), { householdId, registeredAt: { gte: new Date(now.getTime() - 90 * 86_400_000) } }] },
    orderBy: { registeredAt: 'desc' },
    take: 20,
    select: { id: true, no: true, registeredAt: true, residentWords: true, status: true },
  })
}
