// Follow-ups (R1/R4): routed to me, my department, my areas (housekeepers) or all (supervisors); open or closed.
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { getSettings } from '@/lib/server/settings/get-settings'
import { FOLLOW_UPS_PAGE_SIZE, listFollowUps } from '@/lib/server/follow-ups/list-follow-ups'
import { FOLLOW_UP_TABS, type FollowUpTab } from '@/lib/validation/follow-up'
import { cn } from '@/components/ui/cn'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { FollowUpList } from '@/components/follow-ups/follow-up-list'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('followUps') }
}

type Search = { tab?: string; status?: string; page?: string }

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser()
  const [sp, t, settings] = await Promise.all([searchParams, getTranslations('visits.followUps'), getSettings()])
  const tab = (FOLLOW_UP_TABS as readonly string[]).includes(sp.tab ?? '') ? (sp.tab as FollowUpTab) : undefined
  const status = sp.status === 'done' ? 'done' : 'open'
  const page = pageFrom(sp.page)
  const r = await listFollowUps({ actor, tab, status, page })
  const href = (q: { tab?: string; status?: string }) => {
    const p = new URLSearchParams({ tab: q.tab ?? r.tab, ...((q.status ?? status) === 'done' ? { status: 'done' } : {}) })
    return `/follow-ups?${p.toString()}`
  }
  const pill = (active: boolean) =>
    cn('inline-flex min-h-11 items-center rounded-full border px-4 text-sm', active ? 'border-brand-500 bg-brand-50 font-semibold text-brand-700' : 'border-slate-300 bg-white text-slate-700')
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} />
      <nav aria-label={t('title')} className="flex flex-wrap gap-2">
        {r.tabs.map((k) => (
          <Link key={k} href={href({ tab: k })} className={pill(k === r.tab)} aria-current={k === r.tab ? 'page' : undefined}>
            {t(`tabs.${k}`)}
          </Link>
        ))}
      </nav>
      <div className="flex gap-2">
        {(['open', 'done'] as const).map((s) => (
          <Link key={s} href={href({ status: s })} className={pill(s === status)} aria-current={s === status ? 'true' : undefined}>
            {t(s)}
          </Link>
        ))}
      </div>
      <Card title={`${t(`tabs.${r.tab}`)} · ${t(status)} (${r.total})`}>
        <FollowUpList testId="follow-up-list" rows={r.rows} now={new Date()} warnFraction={settings.deadlineWarnFraction} empty={t('empty')} />
      </Card>
      <Pagination page={page} pageSize={FOLLOW_UPS_PAGE_SIZE} total={r.total} path="/follow-ups" params={{ tab: r.tab, status: status === 'done' ? 'done' : undefined }} />
    </div>
  )
}
