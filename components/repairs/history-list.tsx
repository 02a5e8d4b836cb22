// The repair's history from its audit rows: who did what and when (register, assign, start, complete, callbacks, C3).
import { getLocale, getTranslations } from 'next-intl/server'
import type { Settings } from '@/lib/rules'
import type { HistoryEntry } from '@/lib/server/repairs/get-repair'
import { fmtDateTime } from '@/lib/format'
import { callbackLabel } from './labels'

type Data = Record<string, unknown>
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)

export async function HistoryList({ entries, settings }: { entries: HistoryEntry[]; settings: Settings }) {
  const [t, locale] = await Promise.all([getTranslations('repairs'), getLocale()])
  const line = (h: HistoryEntry): { title: string; detail?: string } => {
    const d: Data = h.data
    switch (h.action) {
      case 'register':
        return { title: str(d.parentNo) ? t('history.registerLinked', { no: str(d.parentNo)! }) : t('history.register'), detail: str(d.description) }
      case 'assign':
        return { title: t('history.assign', { name: str(d.assigneeName) ?? '—' }) }
      case 'start':
        return { title: t('history.start') }
      case 'complete':
        return { title: t('history.complete'), detail: str(d.note) }
      case 'callback': {
        const satisfaction = str(d.satisfaction) ? t(`satisfaction.${d.satisfaction}`) : '—'
        const head = str(d.method) ? t('history.callback', { method: t(`method.${d.method}`), satisfaction }) : t('history.callbackNoMethod', { satisfaction })
        const label = str(d.key) ? callbackLabel(t, { rule: str(d.rule) ?? '', key: str(d.key)! }, settings).trim() : ''
        const parts = [label, head, d.problemBack === true ? t('history.problemBack') : undefined].filter(Boolean)
        return { title: parts.join(' · '), detail: str(d.words) }
      }
      case 'reopen': {
        const n = Array.isArray(d.cancelledCallbacks) ? d.cancelledCallbacks.length : 0
        return { title: t('history.reopen'), detail: n > 0 ? t('history.cancelled', { count: n }) : undefined }
      }
      case 'close': {
        const n = Array.isArray(d.cancelledCallbacks) ? d.cancelledCallbacks.length : 0
        if (d.reason === 'newRepair') return { title: t('history.closeNew', { no: str(d.newRepairNo) ?? '' }), detail: n > 0 ? t('history.cancelled', { count: n }) : undefined }
        return { title: d.reason === 'allCallbacksDone' ? t('history.closeAll') : t('history.close') }
      }
      default:
        return { title: h.action }
    }
  }
  return (
    <ol className="space-y-2 text-sm" data-testid="repair-history">
      {entries.map((h) => {
        const l = line(h)
        return (
          <li key={h.id} className="border-l-2 border-slate-200 pl-3">
            <div className="flex flex-wrap gap-x-2">
              <span className="font-medium">{l.title}</span>
              <span className="text-slate-500">
                {h.actorName ?? t('history.system')} · {fmtDateTime(h.at, locale)}
              </span>
            </div>
            {l.detail && <p className="whitespace-pre-wrap text-slate-600">{l.detail}</p>}
          </li>
        )
      })}
    </ol>
  )
}
