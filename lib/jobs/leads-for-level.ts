import { leadsForLevel, type ComplaintLevel, type LeadRole } from '@/lib/rules'

/** Everyone to alert at a level: the leads, plus the joint-visit team for a major complaint (P6). */
export function computedLeads(level: ComplaintLevel): LeadRole[] {
  const l = leadsForLevel(level)
  return [...new Set([...l.leads, ...l.jointVisit])]
}
