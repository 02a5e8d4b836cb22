'use client'
// "Not sent yet": visits kept on this phone, sent again when the network comes back and on every page load.
import { useCallback, useEffect, useState } from 'react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { buttonClass } from '@/components/ui/button'
import { fmtDateTime } from '@/lib/format'
import { flushOutbox, OUTBOX_EVENT, readOutbox, type OutboxItem } from './outbox'

export function OutboxBanner({ userId }: { userId: string }) {
  const t = useTranslations('visits.outbox')
  const locale = useLocale()
  const router = useRouter()
  const [items, setItems] = useState<OutboxItem[]>([])
  const [online, setOnline] = useState(true)
  const [busy, setBusy] = useState(false)

  const flush = useCallback(async () => {
    if (!navigator.onLine) return
    setBusy(true)
    try {
      const { sent } = await flushOutbox(userId)
      if (sent.length > 0) router.refresh()
    } finally {
      setBusy(false)
      setItems(readOutbox(userId))
    }
  }, [userId, router])

  useEffect(() => {
    const refresh = () => {
      setItems(readOutbox(userId))
      setOnline(navigator.onLine)
    }
    const onOnline = () => {
      refresh()
      void flush()
    }
    refresh()
    if (readOutbox(userId).some((i) => !i.error)) void flush()
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', refresh)
    window.addEventListener('storage', refresh)
    window.addEventListener(OUTBOX_EVENT, refresh)
    return () => {
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', refresh)
      window.removeEventListener('storage', refresh)
      window.removeEventListener(OUTBOX_EVENT, refresh)
    }
  }, [userId, flush])

  if (items.length === 0) return null
  const waiting = items.some((i) => !i.error)
  return (
    <section role="status" aria-live="polite" data-testid="outbox" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h2 className="font-semibold">{t('title', { count: items.length })}</h2>
      <ul className="space-y-2">
        {items.map((i) => (
          <li key={i.clientKey} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {t('item', { roomNo: i.roomNo, time: fmtDateTime(new Date(i.queuedAt), locale) })}
              {i.error && <span className="block text-red-700">{t('failed', { message: i.error })}</span>}
            </span>
            {i.error && (
              <Link className={buttonClass('secondary')} href={`/households/${i.householdId}/visits/new`}>
                {t('openForm')}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {waiting && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span>{online ? '' : t('offline')}</span>
          <button type="button" className={buttonClass('secondary')} onClick={() => void flush()} disabled={busy || !online}>
            {t('retry')}
          </button>
        </div>
      )}
    </section>
  )
}
