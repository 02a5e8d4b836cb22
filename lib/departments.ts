// The departments a complaint or a follow-up is routed to. The key + 'Head' is the title of its head (escalation leads).
export const DEPARTMENTS = ['engineering', 'customerService', 'security', 'environment', 'finance'] as const
export type Department = (typeof DEPARTMENTS)[number]

export const DEPARTMENT_LABELS: Record<Department, string> = {
  engineering: '工程部',
  customerService: '客服部',
  security: '秩序部',
  environment: '环境部',
  finance: '财务部',
}

export function isDepartment(v: unknown): v is Department {
  return typeof v === 'string' && (DEPARTMENTS as readonly string[]).includes(v)
}
