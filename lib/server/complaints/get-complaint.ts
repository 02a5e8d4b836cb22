// One complaint with everything its page shows, within the actor's scope (null when out of scope).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { complaintScope } from './access'

export async function getComplaint({ actor, id }: { actor: Actor; id: string }) {
  return db.complaint.findFirst({
    where: { AND: [{ id }, complaintScope(actor)] },
    include: {
      household: { select: { id: true, roomNo: true, residents: { select: { name: true, phone: true, kind: true }, orderBy: { isPrimary: 'desc' } } } },
      registeredBy: { select: { name: true } },
      owner: { select: { id: true, name: true } },
      assignee: { select: { name: true } },
      repeatOf: { select: { id: true, no: true } },
      steps: { orderBy: [{ at: 'asc' }, { createdAt: 'asc' }], include: { actor: { select: { name: true } } } },
      escalations: { orderBy: { at: 'asc' } },
      callbacks: { orderBy: { at: 'asc' }, include: { recordedBy: { select: { name: true } } } },
    },
  })
}
