// P5/P6: which users can fill each lead role of a callback visit. Titles are comma-separated keys on User.title.
import type { LeadRole } from '@/lib/rules'
import { db, type Tx } from '@/lib/db'

type U = { id: string; role: string; title: string | null }

function titles(u: U) {
  return (u.title ?? '').split(',').map((s) => s.trim()).filter(Boolean)
}

export function eligibleForLead(u: U, lead: LeadRole | string, department: string | null): boolean {
  const t = titles(u)
  switch (lead) {
    case 'owner':
      // 客服人员: customer-service staff.
      return ['housekeeper', 'frontDesk', 'supervisor'].includes(u.role)
    case 'housekeeper':
      return u.role === 'housekeeper'
    case 'centerManager':
      return u.role === 'centerManager' || t.includes('centerManager')
    case 'chiefHousekeeper':
      return t.includes('chiefHousekeeper')
    case 'departmentHead':
      return department ? t.includes(`${department}Head`) : t.some((x) => x.endsWith('Head'))
    default:
      return t.includes(lead)
  }
}

export async function activeStaff(client: Tx = db) {
  return client.user.findMany({ where: { active: true }, select: { id: true, name: true, role: true, title: true }, orderBy: [{ role: 'asc' }, { name: 'asc' }] })
}

/** Users to notify for a set of lead roles: those who hold the title (the owner stands for 'owner'). */
export function usersForLeads(staff: U[], leads: readonly string[], department: string | null, ownerId: string) {
  const ids = new Set<string>()
  for (const lead of leads) {
    if (lead === 'owner') ids.add(ownerId)
    else if (lead !== 'housekeeper') for (const u of staff) if (eligibleForLead(u, lead, department)) ids.add(u.id)
  }
  return [...ids]
}
