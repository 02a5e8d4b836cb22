import Link from 'next/link'
import { EmptyState } from './empty-state'

export type ListRow = { key: string; href?: string; title: React.ReactNode; meta?: React.ReactNode; aside?: React.ReactNode }

export function SimpleList({ rows, empty, testId }: { rows: ListRow[]; empty: React.ReactNode; testId?: string }) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {rows.map((r) => {
        const body = (
          <div className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div className="min-w-0">
              <div className="font-medium">{r.title}</div>
              {r.meta && <div className="mt-0.5 text-sm text-slate-600">{r.meta}</div>}
            </div>
            {r.aside && <div className="shrink-0">{r.aside}</div>}
          </div>
        )
        return <li key={r.key}>{r.href ? <Link href={r.href} className="block rounded hover:bg-slate-50">{body}</Link> : body}</li>
      })}
    </ul>
  )
}
