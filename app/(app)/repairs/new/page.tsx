import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { REPAIR_REGISTRARS } from '@/lib/server/repairs/access'
import { fixTargets } from '@/lib/rules'
import { householdScope } from '@/lib/server/scope/households'
import { getSettings } from '@/lib/server/settings/get-settings'
import { REPAIR_CATEGORY_VALUES } from '@/lib/validation/repair'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'
import { RegisterRepairForm } from '@/components/repairs/register-form'
import { fixTargetText } from '@/components/repairs/labels'
import { toLocalInput } from '@/components/visits/local-input'

export async function generateMetadata() {
  return { title: (await getTranslations('repairs'))('new') }
}

export default async function NewRepairPage({ searchParams }: { searchParams: Promise<{ householdId?: string }> }) {
  const actor = await requireRole(...REPAIR_REGISTRARS)
  const [t, settings, { householdId }] = await Promise.all([getTranslations('repairs'), getSettings(), searchParams])
  // Opened from a household page: start with that household (if the actor may see it).
  const h = householdId ? await db.household.findFirst({ where: { id: householdId, ...householdScope(actor) }, select: { id: true, roomNo: true } }) : null
  const now = new Date()
  // The §3.1 fix target of each category, as the technician will see it.
  const targets = Object.fromEntries(
    REPAIR_CATEGORY_VALUES.map((c) => [c, fixTargets({ category: c, urgent: false, reportedAt: now }, settings).map((f) => fixTargetText(t, f)).join('；')]),
  )
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t('new')} />
      <Card>
        <RegisterRepairForm initialHousehold={h ?? undefined} defaultReportedAt={toLocalInput(now, settings.timeZone)} replyHours={settings.replyHours} fixTargets={targets} />
      </Card>
    </div>
  )
}
