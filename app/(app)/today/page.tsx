import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { getSettings } from '@/lib/server/settings/get-settings'
import { openVisitRequirements } from '@/lib/server/visits/visit-requirements'
import { listDueFollowUps } from '@/lib/server/follow-ups/list-due-follow-ups'
import { endOfLocalDay, isPhoneWindow, nextPhoneWindow, toLocalDate } from '@/lib/rules'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { Badge } from '@/components/ui/badge'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { fmtDateTime, fmtDateTimeFull } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('today') }
}

export default async function TodayPage() {
  const actor = await requireRole('housekeeper', 'supervisor')
  const [t, locale, settings] = await Promise.all([getTranslations(), getLocale(), getSettings()])
  const now = new Date()
  const endOfToday = endOfLocalDay(toLocalDate(now, settings), settings)
  const [followUps, reqs] = await Promise.all([
    listDueFollowUps({ actor, until: endOfToday }),
    openVisitRequirements({ actor, now, settings }),
  ])
  const phoneOpen = isPhoneWindow(now, settings)
  const nextWindow = nextPhoneWindow(now, settings)
  const v1 = reqs.filter((r) => r.rule !== 'V2')
  const v2 = reqs.filter((r) => r.rule === 'V2')
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.today')} subtitle={fmtDateTimeFull(now, locale)} />
      <div data-testid="phone-window" className={phoneOpen ? 'rounded-xl bg-emerald-50 p-3 text-emerald-900' : 'rounded-xl bg-amber-50 p-3 text-amber-900'}>
        <span className="font-medium">{t('home.phoneWindow')}：</span>
        {phoneOpen ? t('home.phoneOpen') : t('home.phoneClosedUntil', { time: fmtDateTime(nextWindow, locale) })}
      </div>
      <Card title={`${t('home.followUpsDue')} (${followUps.length})`}>
        <SimpleList
          testId="due-follow-ups"
          empty={t('common.empty')}
          rows={followUps.map((f) => ({
            key: f.id,
            href: `/households/${f.household.id}`,
            title: `${f.household.roomNo} · ${f.title}`,
            aside: <DeadlineBadge due={f.dueAt.toISOString()} start={f.createdAt.toISOString()} label={f.rule} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />,
          }))}
        />
      </Card>
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
      <Card title={`${t('home.notMovedIn')} (${v2.length})`}>
        <SimpleList
          empty={t('common.empty')}
          rows={v2.slice(0, 30).map((r) => ({ key: String(r.householdId), href: `/households/${r.householdId}`, title: r.roomNo, meta: r.reason, aside: <Badge tone="purple">V2</Badge> }))}
        />
      </Card>
    </div>
  )
}
