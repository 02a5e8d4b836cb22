import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { COMPLAINT_READERS } from '@/lib/server/complaints/access'
import { complaintNumbers } from '@/lib/server/complaints/complaint-numbers'
import { getSettings } from '@/lib/server/settings/get-settings'
import { CATEGORY_VALUES } from '@/lib/validation/complaint'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'
import { cn } from '@/components/ui/cn'

export async function generateMetadata() {
  return { title: (await getTranslations('complaints'))('numbers') }
}

export default async function ComplaintNumbersPage() {
  const actor = await requireRole(...COMPLAINT_READERS)
  const [t, settings] = await Promise.all([getTranslations('complaints'), getSettings()])
  const n = await complaintNumbers({ actor, now: new Date(), settings })
  const fmt = (v: number | null, unit = '%') => (v === null ? '—' : `${v}${unit}`)
  const tiles = [
    { key: 'handled', value: fmt(n.handledPercent), target: `${n.targets.handledPercent}%`, ok: n.handledPercent === null || n.handledPercent >= n.targets.handledPercent },
    { key: 'calledBack', value: fmt(n.calledBackPercent), target: `${n.targets.calledBackPercent}%`, ok: n.calledBackPercent === null || n.calledBackPercent >= n.targets.calledBackPercent },
    { key: 'rate', value: fmt(n.ratePer100, ''), target: `< ${n.targets.maxMonthlyComplaintRatePercent}`, ok: n.ratePer100 === null || n.ratePer100 < n.targets.maxMonthlyComplaintRatePercent },
    { key: 'repeats', value: String(n.repeats), target: '0', ok: n.repeats === 0 },
  ]
  return (
    <div className="space-y-4">
      <PageHeader title={t('numbersPage.title')} subtitle={t('numbersPage.month', { month: n.month })} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="complaint-numbers">
        {tiles.map((x) => (
          <div key={x.key} className={cn('rounded-xl border bg-white p-4', x.ok ? 'border-slate-200' : 'border-red-300')}>
            <p className="text-sm text-slate-600">{t(`numbersPage.${x.key}`)}</p>
            <p className={cn('text-3xl font-semibold', !x.ok && 'text-red-700')}>{x.value}</p>
            <p className="text-xs text-slate-500">{t('numbersPage.target', { target: x.target })}</p>
          </div>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title={t('numbersPage.byCategory')}>
          <dl className="space-y-1 text-sm">
            {CATEGORY_VALUES.map((c) => (
              <div key={c} className="flex justify-between">
                <dt>{t(`category.${c}`)}</dt>
                <dd>{n.byCategory[c] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t('numbersPage.byLevel')}>
          <dl className="space-y-1 text-sm">
            {[1, 2, 3, 4].map((l) => (
              <div key={l} className="flex justify-between">
                <dt>{t('level', { level: l })}</dt>
                <dd>{n.byLevel[l] ?? 0}</dd>
              </div>
            ))}
            <div className="flex justify-between border-t border-slate-100 pt-1 text-slate-600">
              <dt>
                {t('numbersPage.registered')} / {t('numbersPage.households')}
              </dt>
              <dd>
                {n.registered} / {n.households}
              </dd>
            </div>
          </dl>
        </Card>
      </div>
    </div>
  )
}
