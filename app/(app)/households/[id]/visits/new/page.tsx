import { randomUUID } from 'node:crypto'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { getSettings } from '@/lib/server/settings/get-settings'
import { VISIT_LOGGERS } from '@/lib/server/households/require-household'
import { visitFormContext } from '@/lib/server/visits/visit-form-context'
import { PageHeader } from '@/components/ui/page-header'
import { buttonClass } from '@/components/ui/button'
import { VisitChecklist } from '@/components/households/visit-checklist'
import { OutboxBanner } from '@/components/visits/outbox-banner'
import { VisitForm } from '@/components/visits/visit-form'

export async function generateMetadata() {
  return { title: (await getTranslations('households'))('logVisit') }
}

export default async function NewVisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ plan?: string }> }) {
  const actor = await requireRole(...VISIT_LOGGERS)
  const [{ id }, { plan }, t, settings] = await Promise.all([params, searchParams, getTranslations(), getSettings()])
  const ctx = await visitFormContext({ actor, householdId: id, planItemId: typeof plan === 'string' ? plan : undefined }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('visits.newTitle', { roomNo: ctx.household.roomNo })}
        actions={
          <Link href={`/households/${id}`} className={buttonClass('secondary')}>
            {t('common.back')}
          </Link>
        }
      />
      <OutboxBanner userId={actor.id} />
      <VisitChecklist />
      <VisitForm
        userId={actor.id}
        household={{ id: ctx.household.id, roomNo: ctx.household.roomNo }}
        clientKey={randomUUID()}
        residents={ctx.residents.map((r) => ({ name: r.name }))}
        assignees={ctx.assignees}
        planItem={ctx.planItem}
        rules={{
          timeZone: settings.timeZone,
          phone: { forbiddenWeekdays: [...settings.phone.forbiddenWeekdays], windows: settings.phone.windows.map((w) => ({ ...w })) },
          firstVisitMinMinutes: settings.visits.firstVisitMinMinutes,
          firstVisitMaxMinutes: settings.visits.firstVisitMaxMinutes,
        }}
      />
    </div>
  )
}
