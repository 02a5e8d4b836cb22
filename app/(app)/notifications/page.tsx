import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { listNotifications } from '@/lib/server/notifications/list-notifications'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { buttonClass } from '@/components/ui/button'
import { cn } from '@/components/ui/cn'
import { fmtDateTime } from '@/lib/format'
import { markReadAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('notifications'))('title') }
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ unread?: string; page?: string }> }) {
  const actor = await requireUser()
  const sp = await searchParams
  const unreadOnly = sp.unread === '1'
  const page = pageFrom(sp.page)
  const [t, locale] = await Promise.all([getTranslations('notifications'), getLocale()])
  const { total, rows } = await listNotifications({ actor, unreadOnly, page })
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        actions={
          <>
            <Link href={unreadOnly ? '/notifications' : '/notifications?unread=1'} className={buttonClass('secondary')}>
              {unreadOnly ? t('all') : t('unreadOnly')}
            </Link>
            <form action={markReadAction}>
              <input type="hidden" name="all" value="1" />
              <button className={buttonClass('secondary')}>{t('markAllRead')}</button>
            </form>
          </>
        }
      />
      {rows.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="notification-list">
          {rows.map((n) => (
            <li key={n.id} className={cn('flex flex-wrap items-start justify-between gap-2 px-4 py-3', !n.readAt && 'bg-brand-50/60')}>
              <div className="min-w-0">
                {n.link ? (
                  <Link href={n.link} className="font-medium text-brand-700 underline">
                    {n.title}
                  </Link>
                ) : (
                  <span className="font-medium">{n.title}</span>
                )}
                {!n.readAt && <span className="ml-2 rounded bg-red-600 px-1 text-xs text-white">{t('unread')}</span>}
                {n.body && <p className="text-sm text-slate-600">{n.body}</p>}
                <p className="text-xs text-slate-500">{fmtDateTime(n.createdAt, locale)}</p>
              </div>
              {!n.readAt && (
                <form action={markReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button className={buttonClass('ghost')}>{t('markRead')}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={30} total={total} params={{ unread: unreadOnly ? '1' : undefined }} path="/notifications" />
    </div>
  )
}
