// On a phone, the places that do not fit the bottom bar.
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { NAV_BY_ROLE } from '@/lib/auth/nav'
import { PageHeader } from '@/components/ui/page-header'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('more') }
}

export default async function MorePage() {
  const actor = await requireUser()
  const t = await getTranslations('nav')
  const items = [...NAV_BY_ROLE[actor.role], { href: '/notifications', key: 'notifications', icon: '•' }]
  return (
    <div>
      <PageHeader title={t('more')} />
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="flex min-h-14 items-center gap-3 px-4">
              <span aria-hidden className="w-6 text-center text-lg">
                {i.icon}
              </span>
              {t(i.key)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
