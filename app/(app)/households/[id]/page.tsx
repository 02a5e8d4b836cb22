// The household page: everything to prepare a visit (V8) and the big "记录走访" button.
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { fmtDateTime, fmtMoney } from '@/lib/format'
import { getSettings } from '@/lib/server/settings/get-settings'
import { getHousehold } from '@/lib/server/households/get-household'
import { canEditProfile, canEditRegistry, canLogVisit } from '@/lib/server/households/require-household'
import { can as canFees, FEE_READERS } from '@/lib/server/fees/access'
import { canRegister as canRegisterRepair } from '@/lib/server/repairs/access'
import { VISIT_PURPOSES } from '@/lib/validation/visit'
import { Badge } from '@/components/ui/badge'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SimpleList } from '@/components/ui/simple-list'
import { FollowUpList } from '@/components/follow-ups/follow-up-list'
import { ResidentsCard } from '@/components/households/residents-card'
import { VisitChecklist } from '@/components/households/visit-checklist'
import { ProfileSummary } from '@/components/profile/profile-summary'
import { OutboxBanner } from '@/components/visits/outbox-banner'

export async function generateMetadata() {
  return { title: (await getTranslations('households'))('title') }
}

export default async function HouseholdPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ logged?: string }> }) {
  const actor = await requireUser()
  const [{ id }, { logged }, t, locale, settings] = await Promise.all([params, searchParams, getTranslations(), getLocale(), getSettings()])
  const now = new Date()
  const d = await getHousehold({ actor, id, now, settings }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const h = d.household
  const th = (k: Parameters<typeof t>[0], v?: Record<string, string | number>) => t(k, v)
  return (
    <div className="space-y-4">
      <PageHeader
        title={h.roomNo}
        subtitle={`${h.building.area.name} · ${h.building.name} · ${t('households.unitFloor', { unit: h.unit, floor: h.floor })}${d.housekeepers.length ? ` · ${t('households.housekeeper')} ${d.housekeepers.map((k) => k.name).join(t('households.listSeparator'))}` : ''}`}
        actions={
          canEditRegistry(actor) ? (
            <Link href={`/households/${h.id}/edit`} className={buttonClass('secondary')}>
              {t('households.edit')}
            </Link>
          ) : undefined
        }
      />
      {logged && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t('households.visitLogged')}
        </p>
      )}
      {canLogVisit(actor) && <OutboxBanner userId={actor.id} />}
      <div className="flex flex-wrap gap-2">
        <Badge tone={h.occupancy === 'occupied' ? 'green' : 'amber'}>{t(`households.occupancy.${h.occupancy}`)}</Badge>
        {h.keyAttention && <Badge tone="red">{t('households.keyAttention')}</Badge>}
        {h.moveInDate && <Badge>{`${t('households.moveInDate')} ${h.moveInDate}`}</Badge>}
        {h.areaM2 && <Badge>{`${h.areaM2} m²`}</Badge>}
      </div>
      {h.note && <p className="text-sm text-slate-700">{h.note}</p>}
      {canLogVisit(actor) && (
        <Link href={`/households/${h.id}/visits/new`} className={buttonClass('primary', 'w-full py-3 text-base')}>
          {t('households.logVisit')}
        </Link>
      )}

      <ResidentsCard residents={h.residents} />
      <VisitChecklist />

      <Card title={`${t('households.openFollowUps')} (${d.followUps.length})`}>
        <FollowUpList testId="household-follow-ups" rows={d.followUps} now={now} warnFraction={settings.deadlineWarnFraction} empty={t('common.empty')} showHousehold={false} />
      </Card>

      <Card
        title={t('households.profile')}
        action={
          canEditProfile(actor) ? (
            <Link href={`/households/${h.id}/profile`} className={buttonClass('ghost')}>
              {t('households.editProfile')}
            </Link>
          ) : undefined
        }
      >
        <ProfileSummary items={h.profileItems} />
      </Card>

      <Card title={`${t('households.openComplaints')} (${d.complaints.length})`}>
        <SimpleList
          empty={t('common.empty')}
          rows={d.complaints.map((c) => ({
            key: c.id,
            href: `/complaints/${c.id}`,
            title: `${c.no} · ${c.residentWords.slice(0, 40)}`,
            meta: `${fmtDateTime(c.registeredAt, locale)} · ${th(`households.complaintStatus.${c.status}`)}${c.nextDueAt ? ` · ${t('common.due')} ${fmtDateTime(c.nextDueAt, locale)}` : ''}`,
            aside: <Badge tone={c.level <= 2 ? 'red' : 'amber'}>{t('households.complaintLevel', { level: c.level })}</Badge>,
          }))}
        />
      </Card>

      <Card
        title={`${t('households.openRepairs')} (${d.repairs.length})`}
        action={
          canRegisterRepair(actor) ? (
            <Link href={`/repairs/new?householdId=${h.id}`} className={buttonClass('ghost')}>
              {t('repairs.new')}
            </Link>
          ) : undefined
        }
      >
        <SimpleList
          empty={t('common.empty')}
          rows={d.repairs.map((r) => ({
            key: r.id,
            title: `${r.no} · ${r.description.slice(0, 40)}`,
            meta: fmtDateTime(r.reportedAt, locale),
            aside: <Badge>{th(`households.repairStatus.${r.status}`)}</Badge>,
          }))}
        />
      </Card>

      <Card
        title={t('households.fees')}
        action={
          canFees(actor, FEE_READERS) ? (
            <Link href={`/fees/households/${h.id}`} className={buttonClass('ghost')}>
              {t('fees.householdLink')}
            </Link>
          ) : undefined
        }
      >
        {d.arrears.totalCents === 0 ? (
          <p className="text-sm text-slate-600">{t('households.noArrears')}</p>
        ) : (
          <div className="space-y-1 text-sm" data-testid="arrears">
            <p className="font-medium">{t('households.arrearsTotal', { amount: fmtMoney(d.arrears.totalCents) })}</p>
            {d.arrears.overdueBills > 0 && (
              <p className="text-red-700">{t('households.arrearsOverdue', { count: d.arrears.overdueBills, amount: fmtMoney(d.arrears.overdueCents), months: d.arrears.monthsOverdue })}</p>
            )}
            <p className="text-slate-600">{t('households.arrearsPeriods', { periods: d.arrears.periods.join(t('households.listSeparator')) })}</p>
          </div>
        )}
      </Card>

      <Card title={t('households.lastVisits')}>
        <SimpleList
          testId="last-visits"
          empty={t('households.noVisits')}
          rows={d.visits.map((v) => {
            const open = v.feedbackItems.filter((f) => !f.answeredOnSpot).length
            return {
              key: v.id,
              title: `${fmtDateTime(v.startedAt, locale)} · ${t(`households.visitKind.${v.kind}`)} · ${(VISIT_PURPOSES as readonly string[]).includes(v.purpose) ? th(`visits.purposes.${v.purpose}`) : v.purpose}`,
              meta: [v.housekeeper.name, v.metWhom, v.notes, v.feedbackItems.map((f) => f.text).join(t('households.listSeparator'))].filter(Boolean).join(' · '),
              aside:
                v.feedbackItems.length > 0 ? (
                  <Badge tone={open > 0 ? 'amber' : 'gray'}>{open > 0 ? t('households.unanswered', { count: open }) : t('households.feedbackCount', { count: v.feedbackItems.length })}</Badge>
                ) : undefined,
            }
          })}
        />
      </Card>
    </div>
  )
}
