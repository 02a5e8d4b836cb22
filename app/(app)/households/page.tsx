// The registry: search by room number, name or phone; filters; one page at a time, within the actor's areas.
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { listHouseholds, HOUSEHOLDS_PAGE_SIZE } from '@/lib/server/households/list-households'
import { canEditRegistry, canLogVisit } from '@/lib/server/households/require-household'
import { householdListQuerySchema } from '@/lib/validation/household'
import { Badge } from '@/components/ui/badge'
import { FilterSelect } from '@/components/ui/filter-select'
import { buttonClass } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { OutboxBanner } from '@/components/visits/outbox-banner'

export async function generateMetadata() {
  return { title: (await getTranslations('households'))('title') }
}

type Search = { q?: string; occupancy?: string; keyAttention?: string; building?: string; area?: string; page?: string }

export default async function HouseholdsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser()
  const [sp, t] = await Promise.all([searchParams, getTranslations('households')])
  const filter = householdListQuerySchema.parse({ q: sp.q, occupancy: sp.occupancy, keyAttention: sp.keyAttention, building: sp.building, area: sp.area })
  const page = pageFrom(sp.page)
  const { total, rows, buildings, areas } = await listHouseholds({ actor, filter, page })
  const exportQuery = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string')).toString()
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('title')}
        actions={
          canEditRegistry(actor) ? (
            <>
              <Link href="/households/import" className={buttonClass('secondary')}>
                {t('import')}
              </Link>
              <a href={`/api/households/export${exportQuery ? `?${exportQuery}` : ''}`} className={buttonClass('secondary')}>
                {t('export')}
              </a>
            </>
          ) : undefined
        }
      />
      {canLogVisit(actor) && <OutboxBanner userId={actor.id} />}
      <form method="get" role="search" className="space-y-3 rounded-xl border border-slate-200 bg-white p-3">
        <div className="flex gap-2">
          <label htmlFor="hh-q" className="sr-only">
            {t('searchLabel')}
          </label>
          <input id="hh-q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder={t('searchPlaceholder')} className="input min-w-0 flex-1" />
          <button type="submit" className={buttonClass('primary')}>
            {t('search')}
          </button>
        </div>
        <div className="grid grid-cols-2 gap-2">
          {areas.length > 1 && (
            <FilterSelect className="col-span-2" id="hh-area" name="area" label={t('area')} allLabel={t('all')} value={filter.area} options={areas.map((a) => ({ value: a.id, label: a.name }))} />
          )}
          <FilterSelect
            id="hh-occ"
            name="occupancy"
            label={t('filterOccupancy')}
            allLabel={t('all')}
            value={filter.occupancy}
            options={[
              { value: 'occupied', label: t('occupancy.occupied') },
              { value: 'notMovedIn', label: t('occupancy.notMovedIn') },
            ]}
          />
          <FilterSelect id="hh-b" name="building" label={t('filterBuilding')} allLabel={t('all')} value={filter.building} options={buildings.map((b) => ({ value: b.number, label: b.name }))} />
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="keyAttention" value="1" defaultChecked={filter.keyAttention === '1'} className="h-5 w-5 accent-brand-500" />
          {t('filterKeyAttention')}
        </label>
      </form>
      {rows.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="household-list">
          {rows.map((h) => (
            <li key={h.id}>
              <Link href={`/households/${h.id}`} className="flex min-h-14 flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50">
                <span className="min-w-0">
                  <span className="block text-base font-semibold">{h.roomNo}</span>
                  <span className="block truncate text-sm text-slate-600">
                    {h.residents.map((r) => `${t('withKind', { name: r.name, kind: t(`residentKind.${r.kind}`) })}${r.phone ? ` ${r.phone}` : ''}`).join(t('listSeparator'))}
                  </span>
                </span>
                <span className="flex shrink-0 gap-1">
                  {h.occupancy === 'notMovedIn' && <Badge tone="amber">{t('occupancy.notMovedIn')}</Badge>}
                  {h.keyAttention && <Badge tone="red">{t('keyAttention')}</Badge>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={HOUSEHOLDS_PAGE_SIZE} total={total} path="/households" params={{ ...filter }} />
    </div>
  )
}
