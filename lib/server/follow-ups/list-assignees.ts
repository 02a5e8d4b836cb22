// People a follow-up can be routed to (R4: a named person in a department).
import { db } from '@/lib/db'

export function listAssignees() {
  return db.user.findMany({
    where: { active: true, role: { in: ['housekeeper', 'supervisor', 'frontDesk', 'technician', 'centerManager'] } },
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, role: true, department: true },
  })
}

export type Assignee = Awaited<ReturnType<typeof listAssignees>>[number]
