// A yearly plan at a glance: visits per month (home / phone, done), then each household's planned months.
import { getTranslations } from 'next-intl/server'
import type { PlanView } from '@/lib/server/plans/get-plan'
import { routeOrder } from '@/lib/rules'
import { cn } from '@/components/ui/cn'
import { EmptyState } from '@/components/ui/empty-state'

type Item = PlanView['items'][number]
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

export async function YearGrid({ items }: { items: Item[] }) {
  const t = await getTranslations('plans.year')
  if (items.length === 0) return <EmptyState>{t('empty')}</EmptyState>
  const month = (i: Item) => Number(i.plannedDate.slice(5, 7))
  const perMonth = MONTHS.map((m) => {
    const list = items.filter((i) => month(i) === m)
    return { m, home: list.filter((i) => i.kind === 'home').length, phone: list.filter((i) => i.kind === 'phone').length, done: list.filter((i) => i.progress.done).length }
  })
  const households = new Map<string, { roomNo: string; building: string; unit: number; floor: number; room: string; byMonth: Map<number, Item> }>()
  for (const i of items) {
    if (!i.household) continue
    const h = households.get(i.household.id) ?? { roomNo: i.household.roomNo, building: i.building, unit: i.unit, floor: i.floor, room: i.room, byMonth: new Map() }
    h.byMonth.set(month(i), i)
    households.set(i.household.id, h)
  }
  const rows = routeOrder([...households.values()])
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full table-fixed text-center text-xs" data-testid="year-months">
          <caption className="mb-1 text-left text-sm font-semibold text-slate-700">{t('perMonth')}</caption>
          <thead>
            <tr>
              <th className="w-12 text-left font-normal text-slate-500">{t('month')}</th>
              {MONTHS.map((m) => (
                <th key={m} className="font-normal text-slate-500">
                  {m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th className="text-left font-normal">{t('home')}</th>
              {perMonth.map((p) => (
                <td key={p.m}>{p.home}</td>
              ))}
            </tr>
            <tr>
              <th className="text-left font-normal">{t('phone')}</th>
              {perMonth.map((p) => (
                <td key={p.m}>{p.phone}</td>
              ))}
            </tr>
            <tr>
              <th className="text-left font-normal">{t('done')}</th>
              {perMonth.map((p) => (
                <td key={p.m} className="text-emerald-700">
                  {p.done}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">{t('legend')}</p>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed text-center text-xs" data-testid="year-households">
          <caption className="mb-1 text-left text-sm font-semibold text-slate-700">{t('perHousehold', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th className="w-16 text-left font-normal text-slate-500">{t('room')}</th>
              {MONTHS.map((m) => (
                <th key={m} className="font-normal text-slate-500">
                  {m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.roomNo}>
                <th className="truncate py-1 text-left font-normal">{r.roomNo}</th>
                {MONTHS.map((m) => {
                  const i = r.byMonth.get(m)
                  return (
                    <td key={m} className={cn(i?.progress.done && 'bg-emerald-50 text-emerald-700', i?.progress.overdue && 'bg-red-50 text-red-700')} title={i ? `${m}` : undefined}>
                      {i ? (i.kind === 'phone' ? '☎' : '●') : ''}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
