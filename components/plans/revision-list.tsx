// The plan's review history (V3): each submit, approval, return and reopening with who, when, the note and
// how the items changed since the step before.
import { getLocale, getTranslations } from 'next-intl/server'
import type { PlanView } from '@/lib/server/plans/get-plan'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { fmtDateTime } from '@/lib/format'
import { STATUS_TONE } from './plan-text'

export async function RevisionList({ revisions }: { revisions: PlanView['revisions'] }) {
  const [t, locale] = await Promise.all([getTranslations('plans.revisions'), getLocale()])
  if (revisions.length === 0) return <EmptyState>{t('empty')}</EmptyState>
  return (
    <ol className="space-y-3" data-testid="plan-revisions">
      {[...revisions].reverse().map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 p-3 text-sm" data-testid="plan-revision">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{t('number', { number: r.number })}</span>
            <Badge tone={STATUS_TONE[r.status]}>{t(`step.${r.status}`)}</Badge>
            <span className="text-slate-600">
              {r.byName} · {fmtDateTime(r.createdAt, locale)}
            </span>
          </div>
          {r.note && <p className="mt-1 whitespace-pre-wrap">{r.note}</p>}
          <p className="mt-1 text-xs text-slate-500">
            {t('count', { count: r.count })}
            {r.diff && (r.diff.added || r.diff.removed || r.diff.changed) ? ` · ${t('diff', r.diff)}` : ''}
          </p>
        </li>
      ))}
    </ol>
  )
}
