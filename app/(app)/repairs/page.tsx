import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { rainWaitAgeDays } from '@/lib/rules'
import { canRegister, REPAIR_READERS } from '@/lib/server/repairs/access'
import { isCallbackView, listRepairCallbacks, listRepairs, PAGE_SIZE, REPAIR_VIEWS, repairFiltersSchema } from '@/lib/server/repairs/list-repairs'
import { getSettings } from '@/lib/server/settings/get-settings'
import { REPAIR_CATEGORY_VALUES } from '@/lib/validation/repair'
import { ViewTabs } from '@/components/ui/view-tabs'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import { EmptyState } from '@/components/ui/empty-state'
import { Badge } from '@/components/ui/badge'
import { buttonClass } from '@/components/ui/button'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { callbackLabel } from '@/components/repairs/labels'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('repairs'))('title') }
}

type SP = Record<string, string | string[] | undefined>
const STATUS_TONE = { open: 'amber', inProgress: 'blue', completed: 'green', closed: 'gray' } as const

export default async function RepairsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requireRole(...REPAIR_READERS)
  const sp = await searchParams
  const raw = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  const filters = repairFiltersSchema.parse(raw)
  const [t, locale, settings] = await Promise.all([getTranslations('repairs'), getLocale(), getSettings()])
  const now = new Date()
  const callbacks = isCallbackView(filters.view)
  const [repairs, cbs] = await Promise.all([
    callbacks ? null : listRepairs({ actor, filters }),
    callbacks ? listRepairCallbacks({ actor, filters, now, settings }) : null,
  ])
  const total = repairs?.total ?? cbs?.total ?? 0
  const params = { view: filters.view, category: filters.category, q: filters.q }
  const viewHref = (view: string) => {
    const q = new URLSearchParams()
    q.set('view', view)
    if (filters.category) q.set('category', filters.category)
    if (filters.q) q.set('q', filters.q)
    return `/repairs?${q}`
  }
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        actions={
          canRegister(actor) ? (
            <Link href="/repairs/new" className={buttonClass('primary')}>
              {t('new')}
            </Link>
          ) : undefined
        }
      />
      <ViewTabs label={t('title')} current={filters.view} views={REPAIR_VIEWS.map((v) => ({ key: v, href: viewHref(v), label: t(`views.${v}`) }))} />
      <form className="grid gap-2 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_auto_auto]" role="search">
        <input type="hidden" name="view" value={filters.view} />
        <label className="sr-only" htmlFor="q">
          {t('filters.search')}
        </label>
        <input id="q" name="q" defaultValue={filters.q} placeholder={t('filters.search')} className="input" />
        <select name="category" defaultValue={filters.category ?? ''} aria-label={t('filters.category')} className="input">
          <option value="">{t('filters.anyCategory')}</option>
          {REPAIR_CATEGORY_VALUES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <button className={buttonClass('secondary')}>{t('filters.apply')}</button>
      </form>
      {repairs &&
        (repairs.rows.length === 0 ? (
          <EmptyState>{t('list.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="repair-list">
            {repairs.rows.map((r) => (
              <li key={r.id}>
                <Link href={`/repairs/${r.id}`} className="block px-4 py-3 hover:bg-slate-50">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-mono text-sm text-slate-500">{r.no}</span>
                    <span className="font-medium">{r.household.roomNo}</span>
                    <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                    <span className="text-xs text-slate-500">{t(`category.${r.category}`)}</span>
                    {r.urgent && <Badge tone="red">{t('flags.urgent')}</Badge>}
                    {r.severe && <Badge tone="red">{t('flags.severe')}</Badge>}
                  </div>
                  <p className="mt-1 line-clamp-2 text-sm text-slate-700">{r.description}</p>
                  <p className="mt-1 text-xs text-slate-500">
                    {fmtDateTime(r.reportedAt, locale)} · {r.assignee?.name ?? t('detail.notAssigned')}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        ))}
      {cbs &&
        (cbs.rows.length === 0 ? (
          <EmptyState>{t('list.emptyCallbacks')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="callback-list">
            {cbs.rows.map((c) => {
              const label = callbackLabel(t, c, settings)
              return (
                <li key={c.id}>
                  <Link href={`/repairs/${c.repair.id}`} className="block px-4 py-3 hover:bg-slate-50">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-mono text-sm text-slate-500">{c.repair.no}</span>
                      <span className="font-medium">{c.repair.household.roomNo}</span>
                      <span className="text-xs text-slate-500">{t(`category.${c.repair.category}`)}</span>
                    </div>
                    <p className="mt-1 text-sm">{label}</p>
                    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                      {c.waitingForRain ? (
                        <Badge tone="amber">{t('detail.waitingAge', { days: c.repair.completedAt ? rainWaitAgeDays(c.repair.completedAt, now, settings) : 0 })}</Badge>
                      ) : c.dueAt ? (
                        <DeadlineBadge key={now.getTime()} due={c.dueAt.toISOString()} start={(c.repair.completedAt ?? c.repair.reportedAt).toISOString()} label={c.rule} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
                      ) : null}
                      <span>{c.repair.assignee?.name ?? t('detail.notAssigned')}</span>
                    </div>
                  </Link>
                </li>
              )
            })}
          </ul>
        ))}
      <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} params={params} path="/repairs" />
    </div>
  )
}
