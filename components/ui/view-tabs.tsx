import Link from 'next/link'
import { cn } from './cn'

/** The views of a list as pill links; the current one is marked for screen readers too. */
export function ViewTabs({ label, views, current }: { label: string; views: Array<{ key: string; href: string; label: string }>; current: string }) {
  return (
    <nav aria-label={label} className="-mx-1 flex gap-1 overflow-x-auto pb-1">
      {views.map((v) => (
        <Link
          key={v.key}
          href={v.href}
          aria-current={current === v.key ? 'page' : undefined}
          className={cn('inline-flex min-h-11 items-center whitespace-nowrap rounded-full px-3 text-sm', current === v.key ? 'bg-brand-500 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-200')}
        >
          {v.label}
        </Link>
      ))}
    </nav>
  )
}
