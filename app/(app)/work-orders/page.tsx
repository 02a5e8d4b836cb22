import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('workOrders') }
}

export default async function WorkOrdersPage() {
  const actor = await requireRole('technician', 'supervisor', 'centerManager')
  const [t, locale] = await Promise.all([getTranslations(), getLocale()])
  const [repairs, callbacks] = await Promise.all([
    db.repair.findMany({
      where: { assigneeId: actor.id, status: { in: ['open', 'inProgress'] } },
      orderBy: { reportedAt: 'asc' },
      take: 50,
      select: { id: true, no: true, description: true, reportedAt: true, household: { select: { roomNo: true } } },
    }),
    db.repairCallback.findMany({
      where: { doneAt: null, repair: { assigneeId: actor.id } },
      orderBy: { dueAt: 'asc' },
      take: 50,
      select: { id: true, key: true, dueAt: true, waitingForRain: true, repair: { select: { no: true, household: { select: { roomNo: true } } } } },
    }),
  ])
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.workOrders')} />
      <Card title={`${t('home.myRepairs')} (${repairs.length})`}>
        <SimpleList testId="my-repairs" empty={t('common.empty')} rows={repairs.map((r) => ({ key: r.id, title: `${r.no} · ${r.household.roomNo}`, meta: r.description, aside: fmtDateTime(r.reportedAt, locale) }))} />
      </Card>
      <Card title={`${t('home.callbacksDue')} (${callbacks.length})`}>
        <SimpleList
          empty={t('common.empty')}
          rows={callbacks.map((c) => ({ key: c.id, title: `${c.repair.no} · ${c.repair.household.roomNo}`, meta: c.key, aside: c.waitingForRain ? '等待降雨' : fmtDateTime(c.dueAt, locale) }))}
        />
      </Card>
    </div>
  )
}
