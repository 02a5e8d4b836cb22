import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { COMPLAINT_READERS, COMPLAINT_REGISTRARS } from '@/lib/server/complaints/access'
import { listComplaints, listFiltersSchema, PAGE_SIZE, VIEWS } from '@/lib/server/complaints/list-complaints'
import { getSettings } from '@/lib/server/settings/get-settings'
import { CATEGORY_VALUES } from '@/lib/validation/complaint'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import { EmptyState } from '@/components/ui/empty-state'
import { buttonClass } from '@/components/ui/button'
import { ViewTabs } from '@/components/ui/view-tabs'
import { LevelBadge } from '@/components/complaints/level-badge'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('complaints'))('title') }
}

type SP = Record<string, string | string[] | undefined>

export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requireRole(...COMPLAINT_READERS)
  const sp = await searchParams
  const raw = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  const filters = listFiltersSchema.parse(raw)
  const [t, locale, settings] = await Promise.all([getTranslations('complaints'), getLocale(), getSettings()])
  const now = new Date()
  const { total, rows } = await listComplaints({ actor, filters, now, settings })
  const params = { view: filters.view, level: filters.level, category: filters.category, q: filters.q }
  const viewHref = (view: string) => {
    const q = new URLSearchParams()
    q.set('view', view)
    if (filters.level) q.set('level', filters.level)
    if (filters.category) q.set('category', filters.category)
    if (filters.q) q.set('q', filters.q)
    return `/complaints?${q}`
  }
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        actions={
          <>
            <Link href="/complaints/numbers" className={buttonClass('secondary')}>
              {t('numbers')}
            </Link>
            {COMPLAINT_REGISTRARS.includes(actor.role) && (
              <Link href="/complaints/new" className={buttonClass('primary')}>
                {t('new')}
              </Link>
            )}
          </>
        }
      />
      <ViewTabs label={t('title')} current={filters.view} views={VIEWS.map((v) => ({ key: v, href: viewHref(v), label: t(`views.${v}`) }))} />
      <form className="grid gap-2 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_auto_auto_auto]" role="search">
        <input type="hidden" name="view" value={filters.view} />
        <label className="sr-only" htmlFor="q">
          {t('filters.search')}
        </label>
        <input id="q" name="q" defaultValue={filters.q} placeholder={t('filters.search')} className="input" />
        <select name="level" defaultValue={filters.level ?? ''} aria-label={t('filters.level')} className="input">
          <option value="">
            {t('filters.level')}：{t('filters.any')}
          </option>
          <option value="major">{t('filters.major')}</option>
          {['1', '2', '3', '4'].map((l) => (
            <option key={l} value={l}>
              {t('level', { level: l })}
            </option>
          ))}
        </select>
        <select name="category" defaultValue={filters.category ?? ''} aria-label={t('filters.category')} className="input">
          <option value="">
            {t('filters.category')}：{t('filters.any')}
          </option>
          {CATEGORY_VALUES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <button className={buttonClass('secondary')}>{t('filters.apply')}</button>
      </form>
      {rows.length === 0 ? (
        <EmptyState>{t('list.empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="complaint-list">
          {rows.map((c) => (
            <li key={c.id}>
              <Link href={`/complaints/${c.id}`} className="block px-4 py-3 hover:bg-slate-50">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-sm text-slate-500">{c.no}</span>
                  <span className="font-medium">{c.household.roomNo}</span>
                  <LevelBadge level={c.level} label={t('level', { level: c.level })} />
                  <span className="text-xs text-slate-500">{t(`status.${c.status}`)}</span>
                  <span className="text-xs text-slate-500">{t(`category.${c.category}`)}</span>
                </div>
                <p className="mt-1 line-clamp-2 text-sm text-slate-700">{c.residentWords}</p>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <span>
                    {c.owner.name} · {fmtDateTime(c.registeredAt, locale)}
                  </span>
                  {c.nextDueAt ? (
                    <DeadlineBadge due={c.nextDueAt.toISOString()} start={c.registeredAt.toISOString()} label={t('list.due')} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
                  ) : (
                    <span>{t('list.none')}</span>
                  )}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} params={params} path="/complaints" />
    </div>
  )
}
