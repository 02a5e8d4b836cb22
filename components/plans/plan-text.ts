// Labels of plans for pages (server side): the period, a local date with its weekday, rule badges.
import { localWeekday } from '@/lib/rules'

type T = (key: string, values?: Record<string, string | number>) => string

export function periodLabel(t: T, period: 'month' | 'year', periodKey: string) {
  return period === 'year' ? t('period.year', { year: periodKey }) : t('period.month', { year: periodKey.slice(0, 4), month: Number(periodKey.slice(5, 7)) })
}

/** '12月3日 周四' / 'Thu, Dec 3' from a local date string (no time zone involved). */
export function dayLabel(t: T, d: string) {
  return t('day', { month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)), weekday: t(`weekdays.${localWeekday(d)}`) })
}

/** 'V1', '3.3-6 V1' → ['V1'], ['3.3-6', 'V1'] */
export function ruleBadges(rule: string | null) {
  return (rule ?? '').split(' ').filter(Boolean)
}

export const STATUS_TONE = { draft: 'gray', submitted: 'amber', approved: 'green', returned: 'red' } as const
