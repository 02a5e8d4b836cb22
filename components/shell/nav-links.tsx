'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { cn } from '@/components/ui/cn'

type Item = { href: string; label: string; icon: string }

export function NavLinks({ items, variant, label }: { items: Item[]; variant: 'side' | 'bottom'; label: string }) {
  const path = usePathname()
  const active = (href: string) => path === href || (href !== '/' && path.startsWith(href + '/') && !items.some((i) => i.href !== href && i.href.startsWith(href) && path.startsWith(i.href)))
  if (variant === 'side') {
    return (
      <nav aria-label={label} className="flex flex-col gap-1 px-2">
        {items.map((i) => (
          <Link
            key={i.href}
            href={i.href}
            aria-current={active(i.href) ? 'page' : undefined}
            className={cn('flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm', active(i.href) ? 'bg-brand-50 font-semibold text-brand-700' : 'text-slate-700 hover:bg-slate-100')}
          >
            <span aria-hidden className="w-5 text-center">{i.icon}</span>
            {i.label}
          </Link>
        ))}
      </nav>
    )
  }
  return (
    <nav aria-label={label} className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
      {items.map((i) => (
        <Link
          key={i.href}
          href={i.href}
          aria-current={active(i.href) ? 'page' : undefined}
          className={cn('flex min-h-14 flex-col items-center justify-center text-xs', active(i.href) ? 'font-semibold text-brand-600' : 'text-slate-600')}
        >
          <span aria-hidden className="text-lg leading-none">{i.icon}</span>
          <span className="mt-0.5 truncate">{i.label}</span>
        </Link>
      ))}
    </nav>
  )
}
