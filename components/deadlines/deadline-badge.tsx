'use client'
// A deadline on screen: the due time, the rule that set it, and a countdown (amber < 25 % left, red when missed).
import { useEffect, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { deadlineStatus } from '@/lib/rules/deadline-status'
import { fmtDateTime, fmtSpan } from '@/lib/format'
import { cn } from '@/components/ui/cn'

const TONE = {
  ok: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  overdue: 'border-red-300 bg-red-50 text-red-800',
  done: 'border-slate-200 bg-slate-50 text-slate-600',
}

export function DeadlineBadge({
  due,
  start,
  doneAt,
  label,
  warnFraction = 0.25,
  now: nowIso,
}: {
  due: string
  start: string
  doneAt?: string | null
  label: string
  warnFraction?: number
  now: string
}) {
  const t = useTranslations('common')
  const locale = useLocale()
  // Server time first (no hydration mismatch), then the device clock every 30 s.
  const [now, setNow] = useState(() => new Date(nowIso))
  // A new server render (e.g. after a save) brings a new time: take it.
  useEffect(() => setNow(new Date(nowIso)), [nowIso])
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 30_000)
    return () => clearInterval(id)
  }, [])
  const s = deadlineStatus(
    { start: new Date(start), due: new Date(due), doneAt: doneAt ? new Date(doneAt) : null, now },
    { deadlineWarnFraction: warnFraction },
  )
  const text =
    s.status === 'done' ? t('done') : s.status === 'overdue' ? t('overdueBy', { time: fmtSpan(-s.remainingMs, locale) }) : t('dueIn', { time: fmtSpan(s.remainingMs, locale) })
  return (
    <span
      data-status={s.status}
      data-testid="deadline"
      className={cn('inline-flex flex-wrap items-center gap-x-2 rounded-lg border px-2 py-1 text-xs', TONE[s.status])}
      title={label}
    >
      <span className="font-medium">{label}</span>
      <span>{fmtDateTime(new Date(due), locale)}</span>
      <span>{text}</span>
    </span>
  )
}
