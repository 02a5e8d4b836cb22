// /fees: the month's arrears list (F3) with filters in the URL, today's individual reminders (F2) and the promises
// whose follow-up is due (F5). Housekeepers see their own areas only (in the query); front desk and technicians 403.
import Link from 'next/link'
import { forbidden } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { fmtDate, fmtMoney } from '@/lib/format'
import { toLocalDate, yearMonthOf } from '@/lib/rules'
import { getSettings } from '@/lib/server/settings/get-settings'
import { can, CASE_MANAGERS, FEE_IMPORTERS, FEE_READERS } from '@/lib/server/fees/access'
import { CLASSIFICATIONS, MONTHS_FILTERS, parseOutcome } from '@/lib/server/fees/constants'
import { listArrears } from '@/lib/server/fees/list-arrears'
import { listPromisesDue, PROMISES_AHEAD_DAYS } from '@/lib/server/fees/list-promises-due'
import { listRemindersDue } from '@/lib/server/fees/list-reminders-due'
import { arrearsQuerySchema } from '@/lib/validation/fees'
import { Badge } from '@/components/ui/badge'
import { FilterSelect } from '@/components/ui/filter-select'
import { buttonClass } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { CompileForm } from '@/components/fees/compile-form'
import { FeeTabs } from '@/components/fees/fee-tabs'
import { compileAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('fees'))('title') }
}

type Search = { tab?: string; month?: string; area?: string; months?: string; classification?: string; promise?: string; q?: string; page?: string }

export default async function FeesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser()
  if (!can(actor, FEE_READERS)) forbidden()
  const [sp, t, locale, settings] = await Promise.all([searchParams, getTranslations('fees'), getLocale(), getSettings()])
  const now = new Date()
  const tab = sp.tab === 'reminders' || sp.tab === 'promises' ? sp.tab : 'list'
  const page = pageFrom(sp.page)
  const query = arrearsQuerySchema.parse({ month: sp.month, area: sp.area, months: sp.months, classification: sp.classification, promise: sp.promise, q: sp.q })
  const [list, reminders, promises] = await Promise.all([
    listArrears({ actor, query, now, settings, page: tab === 'list' ? page : 1 }),
    listRemindersDue({ actor, now, settings, page: tab === 'reminders' ? page : 1 }),
    listPromisesDue({ actor, now, settings }),
  ])
  const today = toLocalDate(now, settings)
  const currentMonth = yearMonthOf(today)
  const filterParams = { month: query.month, area: query.area, months: query.months, classification: query.classification, promise: query.promise, q: query.q }
  const qs = (extra: Record<string, string | undefined>) => {
    const p = new URLSearchParams()
    for (const [k, v] of Object.entries({ ...filterParams, ...extra })) if (v) p.set(k, v)
    const s = p.toString()
    return s ? `?${s}` : ''
  }
  const stepName = (kind: string) => t(`steps.${kind}` as 'steps.reminder')
  const nowIso = now.toISOString()

  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          can(actor, FEE_IMPORTERS) ? (
            <Link href="/fees/import" className={buttonClass('secondary')}>
              {t('importLink')}
            </Link>
          ) : undefined
        }
      />
      <FeeTabs
        current={tab}
        tabs={[
          { key: 'list', href: `/fees${qs({})}`, label: t('tabs.list'), count: list.totals.households },
          { key: 'reminders', href: '/fees?tab=reminders', label: t('tabs.reminders'), count: reminders.total },
          { key: 'promises', href: '/fees?tab=promises', label: t('tabs.promises'), count: promises.length },
        ]}
      />

      {tab === 'list' && (
        <>
          <form method="get" role="search" className="space-y-3 rounded-xl border border-slate-200 bg-white p-3" data-testid="arrears-filters">
            <div className="flex gap-2">
              <label htmlFor="fee-q" className="sr-only">
                {t('filters.searchLabel')}
              </label>
              <input id="fee-q" name="q" type="search" defaultValue={query.q ?? ''} placeholder={t('filters.searchPlaceholder')} className="input min-w-0 flex-1" />
              <button type="submit" className={buttonClass('primary')}>
                {t('filters.apply')}
              </button>
            </div>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
              <div>
                <label htmlFor="fee-month" className="label">
                  {t('filters.month')}
                </label>
                <input id="fee-month" name="month" type="month" max={currentMonth} defaultValue={list.month} className="input" />
              </div>
              {list.areas.length > 1 && (
                <FilterSelect id="fee-area" name="area" label={t('filters.area')} allLabel={t('filters.all')} value={query.area} options={list.areas.map((a) => ({ value: a.id, label: a.name }))} />
              )}
              <FilterSelect id="fee-months" name="months" label={t('filters.months')} allLabel={t('filters.all')} value={query.months} options={MONTHS_FILTERS.map((m) => ({ value: String(m), label: t('filters.atLeast', { n: m }) }))} />
              <FilterSelect
                id="fee-class"
                name="classification"
                label={t('filters.classification')}
                allLabel={t('filters.all')}
                value={query.classification}
                options={[{ value: 'none', label: t('filters.none') }, ...CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))]}
              />
              <FilterSelect
                id="fee-promise"
                name="promise"
                label={t('filters.promise')}
                allLabel={t('filters.all')}
                value={query.promise}
                options={[
                  { value: 'yes', label: t('filters.hasPromise') },
                  { value: 'no', label: t('filters.noPromise') },
                ]}
              />
            </div>
            <div className="flex flex-wrap gap-2">
              <Link href="/fees" className={buttonClass('ghost')}>
                {t('filters.reset')}
              </Link>
              <a href={`/api/fees/arrears/export${qs({})}`} className={buttonClass('secondary')} download>
                {t('export')}
              </a>
            </div>
          </form>

          <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-3 text-sm" data-testid="arrears-status">
            <p className="font-medium" data-testid="arrears-summary">
              {t('list.summary', { date: list.on, count: list.totals.households, amount: fmtMoney(list.totals.overdueCents), fee: fmtMoney(list.totals.lateFeeCents) })}
            </p>
            <p className="text-slate-600">
              {t('list.listDate', { date: list.listDate })} · {t('list.compiled', { count: list.compiledCount })}
              {list.uncompiled > 0 && ` · ${t('list.uncompiled', { count: list.uncompiled })}`}
            </p>
            {list.uncompiled > 0 && list.compiledCount === 0 && list.month === currentMonth && today > list.listDate && <p className="text-amber-800">{t('list.notCompiledLate')}</p>}
            {can(actor, CASE_MANAGERS) && <CompileForm action={compileAction} month={list.month} />}
          </section>

          {list.rows.length === 0 ? (
            <EmptyState>{t('list.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="arrears-list">
              {list.rows.map((r) => (
                <li key={r.householdId}>
                  <Link href={`/fees/households/${r.householdId}`} className="block min-h-14 px-4 py-3 hover:bg-slate-50">
                    <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                      <span className="text-base font-semibold">{r.roomNo}</span>
                      <span className="font-semibold tabular-nums text-red-700">{t('list.overdue', { amount: fmtMoney(r.overdueCents) })}</span>
                    </span>
                    <span className="block text-sm text-slate-600">
                      {[r.resident?.name, r.area.name, r.monthsOverdue > 0 ? t('list.months', { n: r.monthsOverdue }) : t('list.underMonth'), t('list.lateFee', { amount: fmtMoney(r.lateFeeCents) })].filter(Boolean).join(' · ')}
                    </span>
                    <span className="mt-1 flex flex-wrap gap-1">
                      {r.classification ? <Badge tone="purple">{t(`classification.${r.classification}` as 'classification.forgetful')}</Badge> : null}
                      {r.promise && <Badge tone="amber">{t('list.promise', { date: r.promise.promisedDate, amount: fmtMoney(r.promise.amountCents) })}</Badge>}
                      <Badge>{r.lastStep ? t('list.lastStep', { date: fmtDate(r.lastStep.at, locale), step: stepName(r.lastStep.kind) }) : t('list.noStep')}</Badge>
                      <Badge tone={r.responsible ? 'blue' : 'gray'}>
                        {r.responsible ? (r.compiled ? t('list.responsible', { name: r.responsible.name }) : t('list.defaultResponsible', { name: r.responsible.name })) : t('list.noResponsible')}
                      </Badge>
                      {!r.compiled && <Badge>{t('list.notOnList')}</Badge>}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={list.pageSize} total={list.totals.households} params={filterParams} path="/fees" />
        </>
      )}

      {tab === 'reminders' && (
        <>
          <section className="space-y-1 rounded-xl border border-slate-200 bg-white p-3 text-sm" data-testid="reminder-round">
            <p className="font-medium">
              {reminders.round ? t('reminders.round', { date: reminders.round }) : t('reminders.noRound', { date: reminders.next ?? '' })}
              {reminders.round && reminders.next ? ` · ${t('reminders.next', { date: reminders.next })}` : ''}
            </p>
            {reminders.round && <p>{t('reminders.count', { count: reminders.total })}</p>}
            <p className="text-slate-600">{t('reminders.hint')}</p>
            <p className="text-slate-600">{t('reminders.quietNote')}</p>
          </section>
          {reminders.rows.length === 0 ? (
            reminders.round ? <EmptyState>{t('reminders.empty')}</EmptyState> : null
          ) : (
            <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="reminder-list">
              {reminders.rows.map((r) => {
                const o = parseOutcome(r.lastContact?.outcome)
                return (
                  <li key={r.id}>
                    <Link href={`/fees/households/${r.id}`} className="block min-h-14 px-4 py-3 hover:bg-slate-50">
                      <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                        <span className="text-base font-semibold">{r.roomNo}</span>
                        <span className="tabular-nums">{t('reminders.owed', { amount: fmtMoney(r.owedCents) })}</span>
                      </span>
                      <span className="block text-sm text-slate-600">
                        {[r.resident?.name, r.resident?.phone, r.lastContact ? t('reminders.last', { date: fmtDate(r.lastContact.at, locale), outcome: o.code ? t(`outcomes.${o.code}`) : (o.note ?? '') }) : null].filter(Boolean).join(' · ')}
                      </span>
                      <span className="mt-1 flex flex-wrap gap-1">
                        {r.overdue && <Badge tone="red">{t('reminders.overdue')}</Badge>}
                        {r.eveningVisit && <Badge tone="purple">{t('reminders.eveningVisit')}</Badge>}
                        {r.noContact && <Badge>{t('reminders.noContact')}</Badge>}
                        {r.refused && <Badge>{t('reminders.refused')}</Badge>}
                      </span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          )}
          <Pagination page={page} pageSize={reminders.pageSize} total={reminders.total} params={{ tab: 'reminders' }} path="/fees" />
        </>
      )}

      {tab === 'promises' && (
        <>
          <p className="text-sm text-slate-600">{t('promises.ahead', { days: PROMISES_AHEAD_DAYS })}</p>
          {promises.length === 0 ? (
            <EmptyState>{t('promises.empty')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="promise-list">
              {promises.map((p) => (
                <li key={p.id}>
                  <Link href={`/fees/households/${p.household.id}`} className="block min-h-14 px-4 py-3 hover:bg-slate-50">
                    <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                      <span className="text-base font-semibold">{p.household.roomNo}</span>
                      <span className="tabular-nums">{t('household.promiseLine', { date: p.promisedDate, amount: fmtMoney(p.amountCents) })}</span>
                    </span>
                    <span className="block text-sm text-slate-600">
                      {[p.household.residents[0]?.name, p.household.residents[0]?.phone, t('promises.by', { name: p.recordedBy.name })].filter(Boolean).join(' · ')}
                    </span>
                    <span className="mt-1 flex flex-wrap gap-1">
                      <DeadlineBadge label={t('promises.followUp')} start={p.createdAt.toISOString()} due={p.followUpDue.toISOString()} now={nowIso} warnFraction={settings.deadlineWarnFraction} />
                      {p.mine && <Badge tone="blue">{t('promises.mine')}</Badge>}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
