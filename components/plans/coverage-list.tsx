// This month per housekeeper (V3): the plan's status, planned / done / overdue visits and V1 coverage.
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { cn } from '@/components/ui/cn'
import { STATUS_TONE } from './plan-text'

type Row = {
  housekeeper: { id: string; name: string }
  plan: { id: string; status: 'draft' | 'submitted' | 'approved' | 'returned' } | null
  planned: number
  done: number
  overdue: number
  occupied: number
  visited: number
  coveragePercent: number
}

export async function CoverageList({ rows }: { rows: Row[] }) {
  const t = await getTranslations('plans')
  if (rows.length === 0) return <EmptyState>{t('coverage.none')}</EmptyState>
  return (
    <ul className="divide-y divide-slate-100" data-testid="coverage">
      {rows.map((r) => (
        <li key={r.housekeeper.id} className="py-3" data-testid="coverage-row">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">{r.housekeeper.name}</span>
            {r.plan ? (
              <Link href={`/plans/${r.plan.id}`} className="inline-flex min-h-11 items-center gap-2 text-sm text-brand-700 underline">
                {t('coverage.plan')}
                <Badge tone={STATUS_TONE[r.plan.status]}>{t(`status.${r.plan.status}`)}</Badge>
              </Link>
            ) : (
              <Badge tone="red">{t('coverage.noPlan')}</Badge>
            )}
          </div>
          <dl className="mt-1 grid grid-cols-4 gap-1 text-center text-xs">
            <Figure label={t('summary.planned')} value={String(r.planned)} />
            <Figure label={t('summary.done')} value={String(r.done)} />
            <Figure label={t('summary.overdue')} value={String(r.overdue)} alert={r.overdue > 0} />
            <Figure label={t('summary.coverage')} value={`${r.coveragePercent}%`} hint={`${r.visited}/${r.occupied}`} />
          </dl>
        </li>
      ))}
    </ul>
  )
}

function Figure({ label, value, hint, alert }: { label: string; value: string; hint?: string; alert?: boolean }) {
  return (
    <div className={cn('rounded-lg bg-slate-50 px-1 py-1', alert && 'bg-red-50 text-red-700')}>
      <dt>{label}</dt>
      <dd className="text-base font-semibold">{value}</dd>
      {hint && <dd className="text-slate-500">{hint}</dd>}
    </div>
  )
}
