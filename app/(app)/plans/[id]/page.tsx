// One plan: status, what the reviewer said, progress, the actions of the viewer's role, the visits day by day in
// route order (a yearly plan as a month grid) and the review history.
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { firstDayOfMonth, lastDayOfMonth } from '@/lib/rules'
import { getSettings } from '@/lib/server/settings/get-settings'
import { canReviewPlans, PLAN_READERS } from '@/lib/server/plans/access'
import { getPlan } from '@/lib/server/plans/get-plan'
import { VISIT_PURPOSES } from '@/lib/validation/visit'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { cn } from '@/components/ui/cn'
import { AddItemForm, StepForm } from '@/components/plans/plan-forms'
import { ItemsByDay } from '@/components/plans/items-by-day'
import { YearGrid } from '@/components/plans/year-grid'
import { RevisionList } from '@/components/plans/revision-list'
import { periodLabel, STATUS_TONE } from '@/components/plans/plan-text'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('plans'))('title') }
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(...PLAN_READERS)
  const { id } = await params
  const [t, tv, locale, settings] = await Promise.all([getTranslations('plans'), getTranslations('visits'), getLocale(), getSettings()])
  const view = await getPlan({ actor, id, now: new Date(), settings })
  if (!view) notFound()
  const { plan, items, revisions, summary, today } = view
  const own = plan.housekeeper.id === actor.id
  const editable = own && (plan.status === 'draft' || plan.status === 'returned')
  const monthPlan = plan.period === 'month'
  const managerPlan = plan.housekeeper.role === 'centerManager'
  const reviews = canReviewPlans(actor) && !own && plan.status === 'submitted'
  const first = monthPlan ? firstDayOfMonth(plan.periodKey) : `${plan.periodKey}-01-01`
  const last = monthPlan ? lastDayOfMonth(plan.periodKey) : `${plan.periodKey}-12-31`
  const min = today > first ? today : first
  const figures = [
    { key: 'planned', n: summary.planned },
    { key: 'done', n: summary.done },
    { key: 'overdue', n: summary.overdue, alert: summary.overdue > 0 },
  ]
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span>{periodLabel(t, plan.period, plan.periodKey)}</span>
            <Badge tone={STATUS_TONE[plan.status]} className="text-sm">
              <span data-testid="plan-status">{t(`status.${plan.status}`)}</span>
            </Badge>
          </span>
        }
        subtitle={`${t('detail.owner', { name: plan.housekeeper.name })}${managerPlan ? ` · ${t('detail.managerPlan')}` : ''} · ${t('detail.updated', { time: fmtDateTime(plan.updatedAt, locale) })}`}
      />
      {plan.status === 'returned' && plan.reviewNote && (
        <p role="alert" data-testid="review-note" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {t('detail.returnedNote', { name: plan.reviewer?.name ?? '—', note: plan.reviewNote })}
        </p>
      )}
      {plan.status === 'approved' && (
        <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t('detail.approvedBy', { name: plan.reviewer?.name ?? '—', time: fmtDateTime(plan.reviewedAt, locale) })}
          {own ? ` ${t('detail.readOnly')}` : ''}
        </p>
      )}
      {plan.status === 'submitted' && own && <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('detail.waiting')}</p>}
      <ul className="grid grid-cols-3 gap-2" data-testid="plan-summary">
        {figures.map((f) => (
          <li key={f.key} className={cn('rounded-xl border bg-white p-2 text-center', f.alert ? 'border-red-300 text-red-700' : 'border-slate-200')}>
            <span className="block text-xl font-semibold">{f.n}</span>
            <span className="text-xs">{t(`summary.${f.key}`)}</span>
          </li>
        ))}
      </ul>
      {(editable || (own && plan.status === 'approved') || reviews) && (
        <Card title={reviews ? t('actions.reviewTitle') : t('actions.title')}>
          <div className="space-y-4">
            {editable && <StepForm planId={plan.id} version={plan.version} step={managerPlan ? 'confirmOwn' : 'submit'} />}
            {reviews && <StepForm planId={plan.id} version={plan.version} step="approve" />}
            {reviews && <StepForm planId={plan.id} version={plan.version} step="return" />}
            {own && plan.status === 'approved' && <StepForm planId={plan.id} version={plan.version} step="reopen" />}
            {editable && !revisions.some((r) => r.status === 'approved') && (
              <div className="border-t border-slate-100 pt-3">
                <StepForm planId={plan.id} version={plan.version} step="discard" />
              </div>
            )}
          </div>
        </Card>
      )}
      {editable && monthPlan && (
        <Card title={t('item.addTitle')}>
          <AddItemForm
            planId={plan.id}
            version={plan.version}
            month={plan.periodKey}
            min={min}
            max={last}
            purposes={VISIT_PURPOSES.map((p) => ({ value: p, label: tv(`purposes.${p}`) }))}
            kinds={(['home', 'phone'] as const).map((k) => ({ value: k, label: tv(`kinds.${k}`) }))}
          />
        </Card>
      )}
      <Card title={monthPlan ? t('detail.items', { count: items.length }) : t('year.title')}>
        {monthPlan ? (
          <ItemsByDay
            planId={plan.id}
            version={plan.version}
            items={items}
            editable={editable}
            canLog={own && plan.status === 'approved'}
            canMarkTargets={own && managerPlan && plan.status === 'approved'}
            min={min}
            max={last}
            visitedRange={{ min: first, max: today < last ? today : last }}
          />
        ) : (
          <YearGrid items={items} />
        )}
      </Card>
      <Card title={t('revisions.title')}>
        <RevisionList revisions={revisions} />
      </Card>
    </div>
  )
}
