import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { getSettings } from '@/lib/server/settings/get-settings'
import { startOfLocalDay, toLocalDate } from '@/lib/rules'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { buttonClass } from '@/components/ui/button'
import { fmtDateTime } from '@/lib/format'
import { RainDayForm } from '@/components/admin/calendar-day-form'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('desk') }
}

export default async function DeskPage() {
  const actor = await requireRole('frontDesk', 'supervisor', 'centerManager')
  const [t, locale, settings] = await Promise.all([getTranslations(), getLocale(), getSettings()])
  const now = new Date()
  const [mine, repairs] = await Promise.all([
    db.complaint.findMany({
      where: { ownerId: actor.id, status: { not: 'closed' } },
      orderBy: { registeredAt: 'desc' },
      take: 50,
      select: { id: true, no: true, residentWords: true, level: true, registeredAt: true, household: { select: { roomNo: true } } },
    }),
    db.repair.findMany({
      where: { reportedAt: { gte: startOfLocalDay(toLocalDate(now, settings), settings) } },
      orderBy: { reportedAt: 'desc' },
      take: 50,
      select: { id: true, no: true, description: true, reportedAt: true, household: { select: { roomNo: true } } },
    }),
  ])
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('nav.desk')}
        actions={
          <Link href="/complaints/new" className={buttonClass('primary')}>
            {t('nav.newComplaint')}
          </Link>
        }
      />
      <Card title={`${t('home.myComplaints')} (${mine.length})`}>
        <SimpleList
          testId="my-complaints"
          empty={t('common.empty')}
          rows={mine.map((c) => ({ key: c.id, href: `/complaints/${c.id}`, title: `${c.no} · ${c.household.roomNo}`, meta: c.residentWords.slice(0, 60), aside: fmtDateTime(c.registeredAt, locale) }))}
        />
      </Card>
      <Card title="降雨记录（雨后复访 C2）">
        <RainDayForm today={toLocalDate(now, settings)} />
      </Card>
      <Card
        title={`${t('home.recentRepairs')} (${repairs.length})`}
        action={
          <Link href="/repairs/new" className={buttonClass('secondary')}>
            {t('repairs.new')}
          </Link>
        }
      >
        <SimpleList
          testId="today-repairs"
          empty={t('common.empty')}
          rows={repairs.map((r) => ({ key: r.id, href: `/repairs/${r.id}`, title: `${r.no} · ${r.household.roomNo}`, meta: r.description.slice(0, 60), aside: fmtDateTime(r.reportedAt, locale) }))}
        />
      </Card>
    </div>
  )
}
