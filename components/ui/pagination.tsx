import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { buttonClass } from './button'

/** Previous/next links that keep every other filter of the URL. */
export async function Pagination({ page, pageSize, total, params, path }: { page: number; pageSize: number; total: number; params: Record<string, string | undefined>; path: string }) {
  const t = await getTranslations('common')
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const href = (p: number) => {
    const q = new URLSearchParams()
    for (const [k, v] of Object.entries(params)) if (v && k !== 'page') q.set(k, v)
    if (p > 1) q.set('page', String(p))
    const s = q.toString()
    return s ? `${path}?${s}` : path
  }
  return (
    <nav aria-label="分页" className="mt-4 flex items-center justify-between gap-2 text-sm">
      <span className="text-slate-600">
        {t('total', { count: total })} · {t('page', { page, pages })}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={buttonClass('secondary')} rel="prev">
            {t('prev')}
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={href(page + 1)} className={buttonClass('secondary')} rel="next">
            {t('next')}
          </Link>
        ) : null}
      </span>
    </nav>
  )
}

export function pageFrom(v: string | undefined) {
  const n = Number(v)
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1
}
