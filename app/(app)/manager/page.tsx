import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { complaintNumbers } from '@/lib/server/complaints/complaint-numbers'
import { getSettings } from '@/lib/server/settings/get-settings'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('manager') }
}

export default async function ManagerPage() {
  const actor = await requireRole('centerManager')
  const [t, settings] = await Promise.all([getTranslations(), getSettings()])
  const [numbers, major, households, open] = await Promise.all([
    complaintNumbers({ actor, now: new Date(), settings }),
    db.complaint.findMany({
      where: { status: { not: 'closed' }, level: { lte: 2 } },
      orderBy: { registeredAt: 'asc' },
      take: 50,
      select: { id: true, no: true, level: true, residentWords: true, household: { select: { roomNo: true } } },
    }),
    db.household.count(),
    db.complaint.count({ where: { status: { not: 'closed' } } }),
  ])
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.manager')} />
      <Card title={`${t('home.majorComplaints')} (${major.length})`}>
        <SimpleList
          testId="major-complaints"
          empty={t('common.empty')}
          rows={major.map((c) => ({ key: c.id, href: `/complaints/${c.id}`, title: `${c.no} · ${c.household.roomNo}`, meta: c.residentWords.slice(0, 60), aside: `L${c.level}` }))}
        />
      </Card>
      <Card title={t('home.numbers')}>
        <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">{t('nav.households')}</dt>
            <dd className="text-2xl font-semibold">{households}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('nav.complaints')}</dt>
            <dd className="text-2xl font-semibold">{open}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('complaints.numbersPage.handled')}</dt>
            <dd className="text-2xl font-semibold">{numbers.handledPercent ?? '—'}%</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('complaints.numbersPage.calledBack')}</dt>
            <dd className="text-2xl font-semibold">{numbers.calledBackPercent ?? '—'}%</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('complaints.numbersPage.rate')}</dt>
            <dd className="text-2xl font-semibold">{numbers.ratePer100 ?? '—'}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('complaints.numbersPage.repeats')}</dt>
            <dd className="text-2xl font-semibold">{numbers.repeats}</dd>
          </div>
        </dl>
      </Card>
    </div>
  )
}
