import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { bottomBarItems, NAV_BY_ROLE } from '@/lib/auth/nav'
import { db } from '@/lib/db'
import { NavLinks } from '@/components/shell/nav-links'
import { SignOutButton } from '@/components/shell/sign-out-button'
import { LocaleSwitch } from '@/components/shell/locale-switch'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser()
  const t = await getTranslations()
  const unread = await db.notification.count({ where: { userId: actor.id, readAt: null } })
  const items = NAV_BY_ROLE[actor.role].map((i) => ({ ...i, label: t(`nav.${i.key}`) }))
  return (
    <div className="min-h-dvh md:flex">
      <a href="#main" className="sr-only focus:not-sr-only">
        {t('app.skipToContent')}
      </a>
      <aside className="hidden w-56 shrink-0 flex-col border-r border-slate-200 bg-white md:flex">
        <div className="px-4 py-4 text-lg font-bold text-brand-600">{t('app.name')}</div>
        <NavLinks items={items} variant="side" label={t('nav.mainNav')} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
          <span className="font-bold text-brand-600 md:hidden">{t('app.name')}</span>
          <span className="hidden text-sm text-slate-600 md:inline" data-testid="whoami">
            {actor.name} · {t(`roles.${actor.role}`)}
          </span>
          <div className="flex items-center gap-2">
            <Link href="/notifications" className="relative rounded-lg px-2 py-2 text-sm hover:bg-slate-100" aria-label={`${t('nav.notifications')}${unread ? ` (${t('common.unread', { count: unread })})` : ''}`}>
              <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 && (
                <span data-testid="unread-count" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs text-white">
                  {unread}
                </span>
              )}
            </Link>
            <LocaleSwitch />
            <SignOutButton label={t('nav.signOut')} />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 pb-24 pt-4 md:pb-8">
          <p className="mb-3 text-sm text-slate-600 md:hidden" data-testid="whoami-mobile">
            {actor.name} · {t(`roles.${actor.role}`)}
          </p>
          {children}
        </main>
        <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white md:hidden">
          <NavLinks items={bottomBarItems(items, { href: '/more', key: 'more', icon: '⋯', label: t('nav.more') })} variant="bottom" label={t('nav.mainNav')} />
        </div>
      </div>
    </div>
  )
}
