import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { canDispatch, canRecordCallback, isAssignedTechnician, REPAIR_READERS } from '@/lib/server/repairs/access'
import { fixTargets } from '@/lib/rules'
import { repairReplyDeadline } from '@/lib/server/repairs/deadlines'
import { getRepair } from '@/lib/server/repairs/get-repair'
import { listTechnicians } from '@/lib/server/repairs/technicians'
import { getSettings } from '@/lib/server/settings/get-settings'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'
import { Fact } from '@/components/ui/fact'
import { Badge } from '@/components/ui/badge'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { AssignPanel, CompletePanel, StartPanel } from '@/components/repairs/panels'
import { CallbackList } from '@/components/repairs/callback-list'
import { HistoryList } from '@/components/repairs/history-list'
import { fixTargetText } from '@/components/repairs/labels'
import { toLocalInput } from '@/components/visits/local-input'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('repairs'))('title') }
}

const STATUS_TONE = { open: 'amber', inProgress: 'blue', completed: 'green', closed: 'gray' } as const
const linkClass = 'inline-flex min-h-11 items-center text-brand-700 underline'

export default async function RepairPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string; callback?: string }> }) {
  const actor = await requireRole(...REPAIR_READERS)
  const [{ id }, { registered, callback }] = await Promise.all([params, searchParams])
  const r = await getRepair({ actor, id })
  if (!r) notFound()
  const [t, locale, settings] = await Promise.all([getTranslations('repairs'), getLocale(), getSettings()])
  const now = new Date()
  const r1 = repairReplyDeadline(r, settings)
  const targets = fixTargets(r, settings)
  const dispatch = canDispatch(actor) && (r.status === 'open' || r.status === 'inProgress')
  const technicians = dispatch ? await listTechnicians() : []
  const mine = isAssignedTechnician(actor, r)
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {r.no} · {r.household.roomNo}
            </span>
            <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
          </span>
        }
        subtitle={`${t(`category.${r.category}`)} · ${t('detail.registeredBy')} ${r.reportedBy.name} · ${fmtDateTime(r.reportedAt, locale)}`}
        actions={
          <Link href={`/households/${r.household.id}`} className={linkClass}>
            {r.household.roomNo}
          </Link>
        }
      />
      {registered && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t('registered')}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-4">
          <Card title={t('detail.deadlines')}>
            <ul className="space-y-3" data-testid="repair-deadlines">
              <li className="space-y-1">
                <p className="text-sm text-slate-600">{t('detail.reply')}</p>
                <DeadlineBadge key={now.getTime()} due={r1.due.toISOString()} start={r.reportedAt.toISOString()} doneAt={r.replyDoneAt?.toISOString() ?? null} label={r1.label} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
              </li>
              <li className="space-y-1" data-testid="fix-target">
                <p className="text-sm text-slate-600">{t('detail.fixTarget')}</p>
                {targets.map((f) => (
                  <div key={f.kind} className="flex flex-wrap items-center gap-2">
                    <span className="text-sm font-medium">{fixTargetText(t, f)}</span>
                    {f.due && (
                      <DeadlineBadge key={now.getTime()} due={f.due.toISOString()} start={r.reportedAt.toISOString()} doneAt={r.completedAt?.toISOString() ?? null} label={t('detail.fixTargetLabel')} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
                    )}
                  </div>
                ))}
              </li>
            </ul>
          </Card>
          {mine && r.status === 'open' && <StartPanel id={r.id} version={r.version} />}
          {mine && r.status === 'inProgress' && <CompletePanel id={r.id} version={r.version} defaultCompletedAt={toLocalInput(now, settings.timeZone)} />}
          {dispatch && <AssignPanel id={r.id} version={r.version} current={r.assigneeId} technicians={technicians.map((u) => ({ value: u.id, label: u.name }))} />}
          <Card title={t('detail.callbacks')}>
            <CallbackList repair={r} canRecord={canRecordCallback(actor)} openId={callback} now={now} settings={settings} />
          </Card>
          <Card title={t('detail.facts')}>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
              <Fact label={t('fields.category')} value={t(`category.${r.category}`)} />
              <Fact label={t('detail.assignee')} value={r.assignee?.name ?? t('detail.notAssigned')} />
              <Fact label={t('flags.urgent')} value={r.urgent ? t('detail.yes') : t('detail.no')} />
              {r.category === 'safety' && <Fact label={t('flags.severe')} value={r.severe ? t('detail.yes') : t('detail.no')} />}
              <Fact label={t('detail.reportedAt')} value={fmtDateTime(r.reportedAt, locale)} />
              {r.completedAt && <Fact label={t('detail.completedAt')} value={fmtDateTime(r.completedAt, locale)} />}
            </dl>
            <p className="mt-3 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-sm">{r.description}</p>
            {r.completionNote && (
              <div className="mt-3 text-sm">
                <p className="text-slate-500">{t('detail.completionNote')}</p>
                <p className="whitespace-pre-wrap">{r.completionNote}</p>
              </div>
            )}
            {r.household.residents.length > 0 && (
              <div className="mt-3 text-sm">
                <p className="text-slate-500">{t('detail.residents')}</p>
                <ul className="flex flex-wrap gap-x-4">
                  {r.household.residents.map((p) => (
                    <li key={`${p.name}-${p.phone}`}>
                      {p.name}{' '}
                      {p.phone && (
                        <a href={`tel:${p.phone}`} className={linkClass}>
                          {p.phone}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {(r.parent || r.children.length > 0) && (
              <div className="mt-3 space-y-1 text-sm">
                {r.parent && (
                  <p>
                    <span className="text-slate-500">{t('detail.parent')} </span>
                    <Link href={`/repairs/${r.parent.id}`} className={linkClass}>
                      {r.parent.no}
                    </Link>
                  </p>
                )}
                {r.children.length > 0 && (
                  <p data-testid="repair-children">
                    <span className="text-slate-500">{t('detail.children')} </span>
                    {r.children.map((c) => (
                      <Link key={c.id} href={`/repairs/${c.id}`} className={`${linkClass} mr-3`}>
                        {c.no} · {t(`status.${c.status}`)}
                      </Link>
                    ))}
                  </p>
                )}
              </div>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-4">
          <Card title={t('detail.history')}>
            <HistoryList entries={r.history} settings={settings} />
          </Card>
        </div>
      </div>
    </div>
  )
}
