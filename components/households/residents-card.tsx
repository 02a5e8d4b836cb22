// Residents with tap-to-call phone links (44 px targets).
import { getTranslations } from 'next-intl/server'
import { Card } from '@/components/ui/card'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'

type Resident = { id: string; name: string; kind: 'owner' | 'tenant' | 'family'; phone: string | null; phone2: string | null; isPrimary: boolean; note: string | null }

export async function ResidentsCard({ residents }: { residents: Resident[] }) {
  const t = await getTranslations('households')
  return (
    <Card title={t('residents')}>
      {residents.length === 0 ? (
        <EmptyState>{t('noResidents')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="residents">
          {residents.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <span className="font-medium">{r.name}</span> <Badge tone={r.kind === 'owner' ? 'blue' : 'gray'}>{t(`residentKind.${r.kind}`)}</Badge>
                {r.isPrimary && <span className="ml-1 text-xs text-slate-500">{t('primary')}</span>}
                {r.note && <p className="text-sm text-slate-600">{r.note}</p>}
              </div>
              <div className="flex flex-wrap gap-2">
                {[r.phone, r.phone2].filter((p): p is string => Boolean(p)).map((p) => (
                  <a key={p} href={`tel:${p}`} aria-label={t('call', { name: r.name, phone: p })} className="inline-flex min-h-11 items-center rounded-lg border border-brand-500 px-3 text-sm font-medium text-brand-700">
                    ☎ {p}
                  </a>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
