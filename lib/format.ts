// Display of instants in the center's time zone.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { zhCN, enUS } from 'date-fns/locale'

const TZ = 'Asia/Shanghai'

function loc(locale: string) {
  return locale.startsWith('zh') ? zhCN : enUS
}

export function fmtDateTime(d: Date | null | undefined, locale = 'zh-CN', tz = TZ) {
  if (!d) return '—'
  return format(new TZDate(d, tz), locale.startsWith('zh') ? 'M月d日 HH:mm' : 'MMM d HH:mm', { locale: loc(locale) })
}

export function fmtDateTimeFull(d: Date | null | undefined, locale = 'zh-CN', tz = TZ) {
  if (!d) return '—'
  return format(new TZDate(d, tz), locale.startsWith('zh') ? 'yyyy年M月d日 EEE HH:mm' : 'EEE, MMM d yyyy HH:mm', { locale: loc(locale) })
}

export function fmtDate(d: Date | null | undefined, locale = 'zh-CN', tz = TZ) {
  if (!d) return '—'
  return format(new TZDate(d, tz), locale.startsWith('zh') ? 'M月d日' : 'MMM d', { locale: loc(locale) })
}

export function fmtTime(d: Date, tz = TZ) {
  return format(new TZDate(d, tz), 'HH:mm')
}

/** "3小时20分" / "2天5小时" from a millisecond span. */
export function fmtSpan(ms: number, locale = 'zh-CN') {
  const zh = locale.startsWith('zh')
  const m = Math.max(0, Math.round(Math.abs(ms) / 60_000))
  const days = Math.floor(m / 1440)
  const hours = Math.floor((m % 1440) / 60)
  const mins = m % 60
  if (days > 0) return zh ? `${days}天${hours}小时` : `${days}d ${hours}h`
  if (hours > 0) return zh ? `${hours}小时${mins}分` : `${hours}h ${mins}m`
  return zh ? `${mins}分钟` : `${mins} min`
}

export function fmtMoney(cents: number) {
  return `¥${(cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}
