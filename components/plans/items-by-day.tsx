// A monthly plan's visits, day by day, each day in route order; with the owner's edit controls while the plan is
// a draft or returned, and the link to log the visit once it is approved.
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { PlanView } from '@/lib/server/plans/get-plan'
import { VISIT_PURPOSES } from '@/lib/validation/visit'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { buttonClass } from '@/components/ui/button'
import { ItemEditForm, RemoveItemForm, TargetVisitedForm } from './plan-forms'
import { dayLabel, ruleBadges } from './plan-text'

type Item = PlanView['items'][number]

export async function ItemsByDay({
  planId,
  version,
  items,
  editable,
  canLog,
  canMarkTargets,
  min,
  max,
  visitedRange,
}: {
  planId: string
  version: number
  items: Item[]
  editable: boolean
  canLog: boolean
  canMarkTargets: boolean
  min: string
  max: string
  /** the days an institutional visit may be recorded on: the month up to today */
  visitedRange: { min: string; max: string }
}) {
  const [t, tv] = await Promise.all([getTranslations('plans'), getTranslations('visits')])
  if (items.length === 0) return <EmptyState>{t('detail.noItems')}</EmptyState>
  const kinds = (['home', 'phone'] as const).map((k) => ({ value: k, label: tv(`kinds.${k}`) }))
  const days = [...new Set(items.map((i) => i.plannedDate))]
  const purpose = (p: string) => ((VISIT_PURPOSES as readonly string[]).includes(p) ? tv(`purposes.${p}`) : p)
  return (
    <div className="space-y-4" data-testid="plan-items">
      {days.map((d) => {
        const list = items.filter((i) => i.plannedDate === d)
        return (
          <section key={d} aria-label={dayLabel(t, d)} data-testid="plan-day">
            <h3 className="mb-1 flex items-center justify-between text-sm font-semibold text-slate-700">
              <span>{dayLabel(t, d)}</span>
              <span className="font-normal text-slate-500">{t('detail.dayCount', { count: list.length })}</span>
            </h3>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {list.map((i) => {
                const label = i.household?.roomNo ?? t(`targets.${i.target}`)
                return (
                  <li key={i.id} className="px-3 py-2" data-testid="plan-item">
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      {i.household ? (
                        <Link href={`/households/${i.household.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                          {i.household.roomNo}
                        </Link>
                      ) : (
                        <span className="inline-flex min-h-11 items-center font-medium">{label}</span>
                      )}
                      {i.target && i.household && <span className="text-sm text-slate-600">{t(`targets.${i.target}`)}</span>}
                      <Badge tone={i.kind === 'phone' ? 'purple' : 'blue'}>{tv(`kinds.${i.kind}`)}</Badge>
                      <span className="text-sm text-slate-600">{purpose(i.purpose)}</span>
                      {ruleBadges(i.rule).map((r) => (
                        <Badge key={r}>{r}</Badge>
                      ))}
                      {!i.rule && <Badge>{t('detail.manual')}</Badge>}
                      <span className="ml-auto" data-testid="item-progress">
                        {i.progress.done ? (
                          <Badge tone="green">{t('item.done', { date: i.progress.doneOn!.slice(5) })}</Badge>
                        ) : i.progress.overdue ? (
                          <Badge tone="red">{t('item.overdue')}</Badge>
                        ) : (
                          <Badge>{t('item.notDone')}</Badge>
                        )}
                      </span>
                    </div>
                    {editable && (
                      <div className="mt-1 flex flex-wrap items-start gap-2">
                        <details className="min-w-0 flex-1 open:basis-full">
                          <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand-700">{t('item.edit')}</summary>
                          <ItemEditForm planId={planId} version={version} item={{ id: i.id, plannedDate: i.plannedDate, kind: i.kind }} min={min} max={max} kinds={kinds} />
                        </details>
                        <RemoveItemForm planId={planId} version={version} itemId={i.id} label={label} />
                      </div>
                    )}
                    {canLog && i.household && !i.progress.done && (
                      <Link href={`/households/${i.household.id}/visits/new?plan=${i.id}`} className={buttonClass('secondary', 'mt-1')}>
                        {t('item.log')}
                      </Link>
                    )}
                    {canMarkTargets && !i.household && i.target && !i.progress.done && (
                      <details>
                        <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand-700">{t('item.targetVisited')}</summary>
                        <TargetVisitedForm planId={planId} version={version} itemId={i.id} min={visitedRange.min} max={visitedRange.max} />
                      </details>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
