import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('supervisor') }
}

export default async function SupervisorPage() {
  await requireRole('supervisor', 'centerManager')
  const [t, locale] = await Promise.all([getTranslations(), getLocale()])
  const now = new Date()
  const [plans, followUps, complaints] = await Promise.all([
    db.visitPlan.findMany({
      where: { status: 'submitted' },
      orderBy: { updatedAt: 'asc' },
      take: 50,
      select: { id: true, periodKey: true, period: true, updatedAt: true, housekeeper: { select: { name: true } } },
    }),
    db.followUp.findMany({
      where: { status: 'open', dueAt: { lt: now } },
      orderBy: { dueAt: 'asc' },
      take: 50,
      select: { id: true, title: true, dueAt: true, household: { select: { id: true, roomNo: true } }, assignee: { select: { name: true } } },
    }),
    db.complaint.findMany({
      where: { status: { not: 'closed' } },
      orderBy: [{ level: 'asc' }, { registeredAt: 'asc' }],
      take: 20,
      select: { id: true, no: true, level: true, residentWords: true, household: { select: { roomNo: true } }, owner: { select: { name: true } } },
    }),
  ])
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.supervisor')} />
      <Card title={`${t('home.plansToReview')} (${plans.length})`}>
        <SimpleList testId="plans-to-review" empty={t('common.empty')} rows={plans.map((p) => ({ key: p.id, href: `/plans/${p.id}`, title: `${p.housekeeper.name} · ${p.periodKey}`, aside: fmtDateTime(p.updatedAt, locale) }))} />
      </Card>
      <Card title={`${t('home.overdueFollowUps')} (${followUps.length})`}>
        <SimpleList
          empty={t('common.empty')}
          rows={followUps.map((f) => ({ key: f.id, href: `/households/${f.household.id}`, title: `${f.household.roomNo} · ${f.title}`, meta: f.assignee?.name, aside: fmtDateTime(f.dueAt, locale) }))}
        />
      </Card>
      <Card title={`${t('nav.complaints')} (${complaints.length})`}>
        <SimpleList
          empty={t('common.empty')}
          rows={complaints.map((c) => ({ key: c.id, href: `/complaints/${c.id}`, title: `${c.no} · ${c.household.roomNo}`, meta: `${c.owner.name} · ${c.residentWords.slice(0, 40)}`, aside: `L${c.level}` }))}
        />
      </Card>
    </div>
  )
}
