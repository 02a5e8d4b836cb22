// Follow-ups as a list: title, who has it, and the deadline badge (R1 / §3.3 rule and countdown).
import { getTranslations } from 'next-intl/server'
import { SimpleList } from '@/components/ui/simple-list'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { DEPARTMENTS } from '@/lib/validation/follow-up'

export type FollowUpRow = {
  id: string
  title: string
  dueAt: Date
  rule: string
  createdAt: Date
  closedAt?: Date | null
  department?: string | null
  household?: { id: string; roomNo: string }
  assignee?: { name: string } | null
}

export async function FollowUpList({ rows, now, warnFraction, empty, testId, showHousehold = true }: { rows: FollowUpRow[]; now: Date; warnFraction: number; empty: string; testId?: string; showHousehold?: boolean }) {
  const t = await getTranslations('visits')
  const dept = (d: string | null | undefined) => (d && (DEPARTMENTS as readonly string[]).includes(d) ? t(`departments.${d as (typeof DEPARTMENTS)[number]}`) : null)
  return (
    <SimpleList
      testId={testId}
      empty={empty}
      rows={rows.map((f) => ({
        key: f.id,
        href: `/follow-ups/${f.id}`,
        title: showHousehold && f.household ? `${f.household.roomNo} · ${f.title}` : f.title,
        meta: [f.assignee?.name, dept(f.department)].filter(Boolean).join(' · ') || undefined,
        aside: (
          <DeadlineBadge
            due={f.dueAt.toISOString()}
            start={f.createdAt.toISOString()}
            doneAt={f.closedAt ? f.closedAt.toISOString() : null}
            label={f.rule}
            now={now.toISOString()}
            warnFraction={warnFraction}
          />
        ),
      }))}
    />
  )
}
