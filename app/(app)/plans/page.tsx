// /plans: my plans and generating the next one (housekeepers, the center manager's V4 plan); for the supervisor
// and the center manager also the plans waiting for approval and this month's progress per housekeeper.
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { addMonthsToYearMonth, toLocalDate, yearMonthOf } from '@/lib/rules'
import { getSettings } from '@/lib/server/settings/get-settings'
import { canReviewPlans, ownsPlans, PLAN_READERS } from '@/lib/server/plans/access'
import { listMyPlans, listPlansToReview } from '@/lib/server/plans/list-plans'
import { monthCoverage } from '@/lib/server/plans/coverage'
import { DEFAULT_MAX_PER_DAY } from '@/lib/validation/plan'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { GenerateForm } from '@/components/plans/plan-forms'
import { CoverageList } from '@/components/plans/coverage-list'
import { periodLabel, STATUS_TONE } from '@/components/plans/plan-text'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('plans'))('title') }
}

export default async function PlansPage() {
  const actor = await requireRole(...PLAN_READERS)
  const [t, locale, settings] = await Promise.all([getTranslations('plans'), getLocale(), getSettings()])
  const now = new Date()
  const thisMonth = yearMonthOf(toLocalDate(now, settings))
  const nextMonth = addMonthsToYearMonth(thisMonth, 1)
  const thisYear = thisMonth.slice(0, 4)
  const nextYear = String(Number(thisYear) + 1)
  const reviewer = canReviewPlans(actor)
  const [mine, toReview, coverage] = await Promise.all([listMyPlans({ actor }), listPlansToReview({ actor }), reviewer ? monthCoverage({ actor, now, settings }) : Promise.resolve([])])
  const has = (period: 'month' | 'year', key: string) => mine.some((p) => p.period === period && p.periodKey === key)
  const monthOptions = [
    ...(has('month', nextMonth) ? [] : [{ periodKey: nextMonth, label: t('generate.nextMonth', { month: Number(nextMonth.slice(5, 7)) }), primary: true }]),
    ...(has('month', thisMonth) ? [] : [{ periodKey: thisMonth, label: t('generate.thisMonth', { month: Number(thisMonth.slice(5, 7)) }) }]),
  ]
  const yearOptions =
    actor.role === 'housekeeper'
      ? [...(has('year', nextYear) ? [] : [{ periodKey: nextYear, label: t('generate.year', { year: nextYear }) }]), ...(has('year', thisYear) ? [] : [{ periodKey: thisYear, label: t('generate.year', { year: thisYear }) }])]
      : []
  const row = (p: (typeof mine)[number], withOwner: boolean) => ({
    key: p.id,
    href: `/plans/${p.id}`,
    title: withOwner ? `${p.housekeeper.name} · ${periodLabel(t, p.period, p.periodKey)}` : periodLabel(t, p.period, p.periodKey),
    meta: `${t('itemCount', { count: p._count.items })} · ${fmtDateTime(p.updatedAt, locale)}`,
    aside: <Badge tone={STATUS_TONE[p.status]}>{t(`status.${p.status}`)}</Badge>,
  })
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {ownsPlans(actor) && (
        <Card title={t('generate.title')}>
          <p className="mb-3 text-sm text-slate-600">{actor.role === 'centerManager' ? t('generate.managerHint') : t('generate.hint')}</p>
          <div className="space-y-4">
            {monthOptions.length > 0 ? (
              <GenerateForm period="month" options={monthOptions} manager={actor.role === 'centerManager'} defaultMaxPerDay={DEFAULT_MAX_PER_DAY} />
            ) : (
              <p className="text-sm text-slate-600">{t('generate.monthsDone')}</p>
            )}
            {yearOptions.length > 0 && (
              <div className="border-t border-slate-100 pt-4">
                <p className="mb-2 text-sm text-slate-600">{t('generate.yearHint')}</p>
                <GenerateForm period="year" options={yearOptions} />
              </div>
            )}
          </div>
        </Card>
      )}
      {reviewer && (
        <Card title={`${t('toReview')} (${toReview.length})`}>
          <SimpleList testId="plans-to-review" empty={t('noneToReview')} rows={toReview.map((p) => row(p, true))} />
        </Card>
      )}
      {reviewer && (
        <Card title={t('coverage.title', { month: Number(thisMonth.slice(5, 7)) })}>
          <CoverageList rows={coverage} />
        </Card>
      )}
      {ownsPlans(actor) && (
        <Card title={t('mine')}>
          <SimpleList testId="my-plans" empty={t('noPlans')} rows={mine.map((p) => row(p, false))} />
        </Card>
      )}
    </div>
  )
}
