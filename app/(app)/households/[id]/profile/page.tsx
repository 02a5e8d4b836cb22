// V7: the household's profile, editable by its housekeeper (and the supervisor/admin). One form at a time (?item=<id>).
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { getSettings } from '@/lib/server/settings/get-settings'
import { PROFILE_EDITORS } from '@/lib/server/households/require-household'
import { listProfileItems } from '@/lib/server/profile/list-profile-items'
import { PROFILE_KINDS } from '@/lib/validation/profile'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { FollowUpList } from '@/components/follow-ups/follow-up-list'
import { isEvent } from '@/components/profile/profile-summary'
import { ProfileItemForm } from '@/components/profile/profile-item-form'
import { RemoveProfileItemButton } from '@/components/profile/remove-profile-item-button'
import { addProfileItemAction, removeProfileItemAction, updateProfileItemAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('households'))('profile') }
}

export default async function ProfilePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ item?: string }> }) {
  const actor = await requireRole(...PROFILE_EDITORS)
  const [{ id }, { item: itemParam }, t, tc, settings] = await Promise.all([params, searchParams, getTranslations('households'), getTranslations('common'), getSettings()])
  const { household, items, followUps } = await listProfileItems({ actor, householdId: id }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const editing = itemParam ? items.find((i) => i.id === itemParam) : undefined
  if (itemParam && !editing) notFound()
  const now = new Date()
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('profileItems.title', { roomNo: household.roomNo })}
        actions={
          <Link href={editing ? `/households/${id}/profile` : `/households/${id}`} className={buttonClass('secondary')}>
            {editing ? tc('back') : t('form.backToHousehold')}
          </Link>
        }
      />
      {editing ? (
        <Card title={t('profileItems.edit')}>
          <ProfileItemForm key={`${editing.id}-${editing.version}`} action={updateProfileItemAction} householdId={id} item={editing} />
        </Card>
      ) : (
        <>
          <Card title={t('profileItems.add')}>
            <ProfileItemForm action={addProfileItemAction} householdId={id} />
          </Card>
          {items.length === 0 && <EmptyState>{t('noProfile')}</EmptyState>}
          {PROFILE_KINDS.map((kind) => {
            const list = items.filter((i) => i.kind === kind)
            return (
              list.length > 0 && (
              <Card key={kind} title={t(`profileItems.kinds.${kind}`)}>
                {(
                  <ul className="divide-y divide-slate-100">
                    {list.map((i) => (
                      <li key={`${i.id}-${i.version}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <div className="min-w-0 text-sm">
                          {isEvent(i.eventType) && (
                            <span className="mr-1 font-medium">
                              [{t(`profileItems.events.${i.eventType}`)}
                              {i.eventDate ? ` ${i.eventDate}` : ''}]
                            </span>
                          )}
                          {i.text}
                          {i.createdBy && <span className="block text-xs text-slate-500">{t('profileItems.byWhom', { name: i.createdBy.name })}</span>}
                        </div>
                        <div className="flex gap-2">
                          <Link href={`/households/${id}/profile?item=${i.id}`} className={buttonClass('secondary')}>
                            {t('profileItems.edit')}
                          </Link>
                          <RemoveProfileItemButton action={removeProfileItemAction} householdId={id} item={i} />
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              )
            )
          })}
          <Card title={t('profileItems.triggerFollowUps')}>
            <FollowUpList rows={followUps} now={now} warnFraction={settings.deadlineWarnFraction} empty={tc('empty')} showHousehold={false} />
          </Card>
        </>
      )}
    </div>
  )
}
