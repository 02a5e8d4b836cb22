// Admin/supervisor: edit a household and its residents. One form at a time (?resident=<id>|new).
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { getHouseholdForEdit } from '@/lib/server/households/get-household-for-edit'
import { REGISTRY_EDITORS } from '@/lib/server/households/require-household'
import { Badge } from '@/components/ui/badge'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { HouseholdForm } from '@/components/households/household-form'
import { ResidentForm } from '@/components/households/resident-form'
import { RemoveResidentButton } from '@/components/households/remove-resident-button'
import { addResidentAction, removeResidentAction, updateHouseholdAction, updateResidentAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('households'))('edit') }
}

export default async function EditHouseholdPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ resident?: string }> }) {
  const actor = await requireRole(...REGISTRY_EDITORS)
  const [{ id }, { resident: residentParam }, t] = await Promise.all([params, searchParams, getTranslations('households')])
  const h = await getHouseholdForEdit({ actor, id }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const editing = residentParam && residentParam !== 'new' ? h.residents.find((r) => r.id === residentParam) : undefined
  if (residentParam && residentParam !== 'new' && !editing) notFound()
  const back = (
    <Link href={residentParam ? `/households/${h.id}/edit` : `/households/${h.id}`} className={buttonClass('secondary')}>
      {t('form.backToHousehold')}
    </Link>
  )

  if (residentParam) {
    return (
      <div className="space-y-4">
        <PageHeader title={t('editTitle', { roomNo: h.roomNo })} actions={back} />
        <Card title={editing ? `${t('residentForm.edit')} · ${editing.name}` : t('residentForm.add')}>
          <ResidentForm key={editing ? `${editing.id}-${editing.version}` : `new-${h.residents.length}`} action={editing ? updateResidentAction : addResidentAction} householdId={h.id} resident={editing} />
        </Card>
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <PageHeader title={t('editTitle', { roomNo: h.roomNo })} actions={back} />
      <Card>
        <HouseholdForm key={h.version} action={updateHouseholdAction} household={h} />
      </Card>
      <Card
        title={t('residents')}
        action={
          <Link href={`/households/${h.id}/edit?resident=new`} className={buttonClass('secondary')}>
            + {t('residentForm.add')}
          </Link>
        }
      >
        {h.residents.length === 0 ? (
          <EmptyState>{t('noResidents')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="edit-residents">
            {h.residents.map((r) => (
              <li key={`${r.id}-${r.version}`} className="flex flex-wrap items-center justify-between gap-2 py-3" aria-label={r.name}>
                <div className="min-w-0">
                  <span className="font-medium">{r.name}</span> <Badge>{t(`residentKind.${r.kind}`)}</Badge>
                  {r.isPrimary && <span className="ml-1 text-xs text-slate-500">{t('primary')}</span>}
                  <p className="text-sm text-slate-600">{[r.phone, r.phone2].filter(Boolean).join(' / ')}</p>
                </div>
                <div className="flex gap-2">
                  <Link href={`/households/${h.id}/edit?resident=${r.id}`} className={buttonClass('secondary')}>
                    {t('residentForm.edit')}
                  </Link>
                  <RemoveResidentButton action={removeResidentAction} householdId={h.id} resident={r} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  )
}
