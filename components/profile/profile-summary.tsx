// V7 on the household page: the profile grouped by kind (family, occupation, interests, events, contact times, concerns).
import { getTranslations } from 'next-intl/server'
import { EmptyState } from '@/components/ui/empty-state'
import { PROFILE_EVENTS, PROFILE_KINDS, type ProfileEvent, type ProfileKind } from '@/lib/validation/profile'

export type ProfileRow = { id: string; kind: string; eventType: string | null; eventDate: string | null; text: string }

export const isKind = (k: string): k is ProfileKind => (PROFILE_KINDS as readonly string[]).includes(k)
export const isEvent = (k: string | null): k is ProfileEvent => k !== null && (PROFILE_EVENTS as readonly string[]).includes(k)

export async function ProfileSummary({ items }: { items: ProfileRow[] }) {
  const t = await getTranslations('households')
  if (items.length === 0) return <EmptyState>{t('noProfile')}</EmptyState>
  return (
    <dl className="space-y-2 text-sm" data-testid="profile">
      {PROFILE_KINDS.map((kind) => {
        const list = items.filter((i) => i.kind === kind)
        if (list.length === 0) return null
        return (
          <div key={kind}>
            <dt className="font-medium text-slate-700">{t(`profileItems.kinds.${kind}`)}</dt>
            {list.map((i) => (
              <dd key={i.id} className="ml-3 text-slate-800">
                {isEvent(i.eventType) && <span className="mr-1 font-medium">[{t(`profileItems.events.${i.eventType}`)}{i.eventDate ? ` ${i.eventDate}` : ''}]</span>}
                {i.text}
              </dd>
            ))}
          </div>
        )
      })}
    </dl>
  )
}
