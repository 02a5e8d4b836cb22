// The technicians a repair can be assigned to (active accounts with the technician role).
import { db } from '@/lib/db'

export async function listTechnicians() {
  return db.user.findMany({ where: { role: 'technician', active: true }, orderBy: { username: 'asc' }, select: { id: true, name: true, title: true } })
}
