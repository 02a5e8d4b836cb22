// The technician's home: my open repairs, urgent and the earliest §3.1 fix target first; the callbacks of my repairs.
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { rainWaitAgeDays } from '@/lib/rules'
import { fixTargets } from '@/lib/rules'
import { listWorkOrders } from '@/lib/server/repairs/work-orders'
import { getSettings } from '@/lib/server/settings/get-settings'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { callbackLabel, fixTargetText } from '@/components/repairs/labels'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('workOrders') }
}

const STATUS_TONE = { open: 'amber', inProgress: 'blue', completed: 'green', closed: 'gray' } as const

export default async function WorkOrdersPage() {
  const actor = await requireRole('technician', 'supervisor', 'centerManager')
  const [tNav, t, locale, settings] = await Promise.all([getTranslations('nav'), getTranslations('repairs'), getLocale(), getSettings()])
  const now = new Date()
  const { repairs, callbacks } = await listWorkOrders({ actor, settings })
  const technician = actor.role === 'technician'
  return (
    <div className="space-y-4">
      <PageHeader title={tNav('workOrders')} />
      <Card title={`${technician ? t('home.myRepairs') : t('home.allAssigned')} (${repairs.length})`}>
        {repairs.length === 0 ? (
          <EmptyState>{t('list.empty')}</EmptyState>
        ) : (
          <ul className="-mx-4 -my-4 divide-y divide-slate-100" data-testid="my-repairs">
            {repairs.map((r) => {
              const targets = fixTargets(r, settings)
              return (
                <li key={r.id}>
                  <Link href={`/repairs/${r.id}`} className="block px-4 py-3 hover:bg-slate-50">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{r.household.roomNo}</span>
                      <span className="text-sm">{t(`category.${r.category}`)}</span>
                      <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                      {r.urgent && <Badge tone="red">{t('flags.urgent')}</Badge>}
                      {r.severe && <Badge tone="red">{t('flags.severe')}</Badge>}
                    </div>
                    <p className="mt-1 line-clamp-2 text-sm text-slate-700">{r.description}</p>
                    {targets.map((f) => (
                      <div key={f.kind} className="mt-1 flex flex-wrap items-center gap-2 text-xs">
                        <span className="text-slate-600">{fixTargetText(t, f)}</span>
                        {f.due && <DeadlineBadge key={now.getTime()} due={f.due.toISOString()} start={r.reportedAt.toISOString()} label={t('detail.fixTargetLabel')} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />}
                      </div>
                    ))}
                    <p className="mt-1 text-xs text-slate-500">
                      {r.no} · {fmtDateTime(r.reportedAt, locale)}
                      {!technician && ` · ${r.assignee?.name ?? ''}`}
                    </p>
                  </Link>
                </li>
              )
            })}
          </ul>
        )}
      </Card>
      <Card title={`${t('home.myCallbacks')} (${callbacks.length})`}>
        <p className="mb-2 text-xs text-slate-500">{t('home.callbacksHint')}</p>
        {callbacks.length === 0 ? (
          <EmptyState>{t('list.emptyCallbacks')}</EmptyState>
        ) : (
          <ul className="-mx-4 -mb-4 divide-y divide-slate-100" data-testid="my-callbacks">
            {callbacks.map((c) => {
              const label = callbackLabel(t, c, settings)
              return (
                <li key={c.id}>
                  <Link href={`/repairs/${c.repair.id}`} className="block px-4 py-3 hover:bg-slate-50">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{c.repair.household.roomNo}</span>
                      <span className="text-xs text-slate-500">{c.repair.no}</span>
                    </div>
                    <p className="mt-1 text-sm">{label}</p>
                    <div className="mt-1">
                      {c.waitingForRain ? (
                        <Badge tone="amber">{t('detail.waitingAge', { days: c.repair.completedAt ? rainWaitAgeDays(c.repair.completedAt, now, settings) : 0 })}</Badge>
                      ) : c.dueAt ? (
                        <DeadlineBadge key={now.getTime()} due={c.dueAt.toISOString()} start={(c.repair.completedAt ?? now).toISOString()} label={c.rule} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
                      ) : null}
                    </div>
                  </Link>
                </li>
              )
            })}
          </ul>
        )}
      </Card>
    </div>
  )
}
