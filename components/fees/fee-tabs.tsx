// The three lists of /fees as links (the tab lives in the URL, like the filters).
import Link from 'next/link'
import { cn } from '@/components/ui/cn'

export function FeeTabs({ tabs, current }: { tabs: Array<{ key: string; href: string; label: string; count?: number }>; current: string }) {
  return (
    <nav className="-mx-4 overflow-x-auto px-4" aria-label="tabs">
      <ul className="flex gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={cn(
                'inline-flex min-h-11 items-center gap-1 whitespace-nowrap rounded-full border px-4 text-sm font-medium',
                tab.key === current ? 'border-brand-500 bg-brand-500 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50',
              )}
            >
              {tab.label}
              {tab.count !== undefined && <span className={cn('rounded-full px-1.5 text-xs', tab.key === current ? 'bg-white/20' : 'bg-slate-100')}>{tab.count}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
