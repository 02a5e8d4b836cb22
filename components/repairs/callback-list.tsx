// A repair's callbacks (§3.1): the rule label, the deadline or "waiting for rain" with its age (C2), what was recorded,
// and — for those who record callbacks — the form of each callback that can be recorded now.
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { rainWaitAgeDays, type Settings } from '@/lib/rules'
import { isArchivedCallbackKey } from '@/lib/server/repairs/deadlines'
import type { RepairDetail } from '@/lib/server/repairs/get-repair'
import { fmtDateTime } from '@/lib/format'
import { Badge } from '@/components/ui/badge'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { CallbackForm } from './panels'
import { callbackLabel } from './labels'

/** One form at a time (`openId`, from ?callback=): field ids stay unique on the page. */
export async function CallbackList({ repair, canRecord, openId, now, settings }: { repair: RepairDetail; canRecord: boolean; openId?: string; now: Date; settings: Settings }) {
  const [t, locale] = await Promise.all([getTranslations('repairs'), getLocale()])
  if (repair.callbacks.length === 0) return <p className="text-sm text-slate-500">{t('detail.noCallbacksYet')}</p>
  return (
    <ul className="divide-y divide-slate-100" data-testid="repair-callbacks">
      {repair.callbacks.map((c) => {
        const label = callbackLabel(t, c, settings)
        const facts = repair.callbackFacts[c.id]
        const recordable = canRecord && !c.doneAt && !c.waitingForRain && c.dueAt && repair.status === 'completed'
        return (
          <li key={c.id} id={`cb-${c.id}`} className="scroll-mt-4 py-3" data-testid="repair-callback" data-key={c.key}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm font-medium">{label}</span>
              {isArchivedCallbackKey(c.key) && <Badge>{t('detail.archived')}</Badge>}
            </div>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              {c.waitingForRain ? (
                <Badge tone="amber" className="whitespace-nowrap">
                  {t('detail.waitingAge', { days: repair.completedAt ? rainWaitAgeDays(repair.completedAt, now, settings) : 0 })}
                </Badge>
              ) : c.dueAt ? (
                <DeadlineBadge key={now.getTime()}
                  due={c.dueAt.toISOString()}
                  start={(repair.completedAt ?? repair.reportedAt).toISOString()}
                  doneAt={c.doneAt?.toISOString() ?? null}
                  label={label}
                  now={now.toISOString()}
                  warnFraction={settings.deadlineWarnFraction}
                />
              ) : null}
            </div>
            {c.doneAt && (
              <div className="mt-2 space-y-1 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span>{c.method ? t(`method.${c.method}`) : '—'}</span>
                  {c.satisfaction && <Badge tone={c.satisfaction === 'notSatisfied' ? 'red' : 'green'}>{t(`satisfaction.${c.satisfaction}`)}</Badge>}
                  {facts?.problemBack && <Badge tone="red">{t('flags.problemBack')}</Badge>}
                  {facts?.outcome === 'reopen' && <Badge tone="amber">{t('outcome.reopen')}</Badge>}
                  {facts?.outcome === 'newRepair' && <Badge tone="amber">{t('outcome.newRepair')}</Badge>}
                  <span className="text-slate-500">{t('detail.doneBy', { name: c.doneBy?.name ?? '—', time: fmtDateTime(c.doneAt, locale) })}</span>
                </p>
                {c.notes && <p className="text-slate-700">“{c.notes}”</p>}
              </div>
            )}
            {canRecord && !c.doneAt && c.waitingForRain && <p className="mt-1 text-xs text-slate-500">{t('detail.notYet')}</p>}
            {recordable &&
              (openId === c.id ? (
                <CallbackForm callbackId={c.id} version={c.version} />
              ) : (
                <Link
                  href={`/repairs/${repair.id}?callback=${c.id}#cb-${c.id}`}
                  className="mt-2 inline-flex min-h-11 items-center rounded-lg border border-brand-500 px-4 text-sm font-medium text-brand-700"
                >
                  {t('detail.recordHere')}
                </Link>
              ))}
          </li>
        )
      })}
    </ul>
  )
}
