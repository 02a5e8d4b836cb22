// My day (the housekeeper's home): what is overdue or due today, today's planned visits in route order,
// the phone window, and the households still to visit this month (V1) or to phone this quarter (V2).
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { getSettings } from '@/lib/server/settings/get-settings'
import { openVisitRequirements } from '@/lib/server/visits/visit-requirements'
import { listDueFollowUps } from '@/lib/server/follow-ups/list-due-follow-ups'
import { listMyDay } from '@/lib/server/follow-ups/list-my-day'
import { endOfLocalDay, isPhoneWindow, nextPhoneWindow, toLocalDate } from '@/lib/rules'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/components/ui/cn'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { FollowUpList } from '@/components/follow-ups/follow-up-list'
import { OutboxBanner } from '@/components/visits/outbox-banner'
import { fmtDateTime, fmtDateTimeFull } from '@/lib/format'
import { VISIT_PURPOSES } from '@/lib/validation/visit'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('today') }
}

export default async function TodayPage() {
  const actor = await requireRole('housekeeper', 'supervisor')
  const [t, locale, settings] = await Promise.all([getTranslations(), getLocale(), getSettings()])
  const now = new Date()
  const today = toLocalDate(now, settings)
  const endOfToday = endOfLocalDay(today, settings)
  const [followUps, day, reqs] = await Promise.all([
    listDueFollowUps({ actor, until: endOfToday }),
    listMyDay({ actor, today, endOfToday }),
    openVisitRequirements({ actor, now, settings }),
  ])
  const phoneOpen = isPhoneWindow(now, settings)
  const nextWindow = nextPhoneWindow(now, settings)
  const v1 = reqs.filter((r) => r.rule !== 'V2')
  const v2 = reqs.filter((r) => r.rule === 'V2')
  const overdue = followUps.filter((f) => f.dueAt < now).length
  const badge = (due: Date, start: Date, label: string) => (
    <DeadlineBadge due={due.toISOString()} start={start.toISOString()} label={label} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
  )
  const counts = [
    { key: 'overdue', n: overdue, href: '#due', alert: overdue > 0 },
    { key: 'dueToday', n: followUps.length - overdue, href: '#due' },
    { key: 'callbacks', n: day.callbacks.length, href: '#callbacks' },
    { key: 'planned', n: day.planned.length, href: '#planned' },
    { key: 'unvisited', n: v1.length, href: '#unvisited' },
    { key: 'notMovedIn', n: v2.length, href: '#not-moved-in' },
  ] as const
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.today')} subtitle={fmtDateTimeFull(now, locale)} />
      <div data-testid="phone-window" className={phoneOpen ? 'rounded-xl bg-emerald-50 p-3 text-emerald-900' : 'rounded-xl bg-amber-50 p-3 text-amber-900'}>
        <span className="font-medium">{t('home.phoneWindow')}：</span>
        {phoneOpen ? t('home.phoneOpen') : t('home.phoneClosedUntil', { time: fmtDateTime(nextWindow, locale) })}
      </div>
      <OutboxBanner userId={actor.id} />
      <ul className="grid grid-cols-3 gap-2" data-testid="day-counts">
        {counts.map((c) => (
          <li key={c.key}>
            <a href={c.href} className={cn('flex min-h-16 flex-col items-center justify-center rounded-xl border bg-white p-2 text-center', 'alert' in c && c.alert ? 'border-red-300 text-red-700' : 'border-slate-200')}>
              <span className="text-xl font-semibold">{c.n}</span>
              <span className="text-xs">{t(`visits.today.${c.key}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <div id="due">
        <Card title={`${t('visits.today.followUpsDue')} (${followUps.length})`}>
          <FollowUpList testId="due-follow-ups" rows={followUps} now={now} warnFraction={settings.deadlineWarnFraction} empty={t('common.empty')} />
        </Card>
      </div>
      <div id="callbacks">
        <Card title={`${t('visits.today.callbacksDue')} (${day.callbacks.length})`}>
          <SimpleList
            testId="callbacks-due"
            empty={t('common.empty')}
            rows={day.callbacks.map((c) => ({
              key: c.id,
              href: `/households/${c.repair.household.id}`,
              title: `${c.repair.household.roomNo} · ${c.repair.no}`,
              meta: c.repair.description.slice(0, 40),
              aside: c.dueAt ? badge(c.dueAt, c.repair.completedAt ?? c.createdAt, c.rule) : undefined,
            }))}
          />
        </Card>
      </div>
      <div id="planned">
        <Card title={`${t('visits.today.plannedToday')} (${day.planned.length})`}>
          <SimpleList
            testId="planned-today"
            empty={t('common.empty')}
            rows={day.planned.map((p) => ({
              key: p.id,
              href: `/households/${p.household.id}/visits/new?plan=${p.id}`,
              title: p.household.roomNo,
              meta: `${t(`visits.kinds.${p.kind}`)} · ${(VISIT_PURPOSES as readonly string[]).includes(p.purpose) ? t(`visits.purposes.${p.purpose}`) : p.purpose}`,
              aside: <Badge tone="blue">{t('visits.today.logPlanned')}</Badge>,
            }))}
          />
        </Card>
      </div>
      <Card title={`${t('visits.today.upcoming')} (${day.upcoming.length})`}>
        <FollowUpList testId="upcoming-follow-ups" rows={day.upcoming} now={now} warnFraction={settings.deadlineWarnFraction} empty={t('common.empty')} />
      </Card>
      <div id="unvisited">
        <Card title={`${t('home.unvisited')} (${v1.length})`}>
          <SimpleList
            testId="unvisited"
            empty={t('common.empty')}
            rows={v1.slice(0, 30).map((r) => ({
              key: String(r.householdId),
              href: `/households/${r.householdId}`,
              title: r.roomNo,
              meta: r.reason,
              aside: <Badge tone={r.rule === 'V1' ? 'gray' : 'blue'}>{r.rule}</Badge>,
            }))}
          />
        </Card>
      </div>
      <div id="not-moved-in">
        <Card title={`${t('home.notMovedIn')} (${v2.length})`}>
          <SimpleList
            testId="not-moved-in"
            empty={t('common.empty')}
            rows={v2.slice(0, 30).map((r) => ({ key: String(r.householdId), href: `/households/${r.householdId}`, title: r.roomNo, meta: r.reason, aside: <Badge tone="purple">V2</Badge> }))}
          />
        </Card>
      </div>
    </div>
  )
}
