import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { COMPLAINT_REGISTRARS } from '@/lib/server/complaints/access'
import { householdScope } from '@/lib/server/scope/households'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'
import { RegisterComplaintForm } from '@/components/complaints/register-form'

export async function generateMetadata() {
  return { title: (await getTranslations('complaints'))('new') }
}

export default async function NewComplaintPage({ searchParams }: { searchParams: Promise<{ householdId?: string }> }) {
  const actor = await requireRole(...COMPLAINT_REGISTRARS)
  const t = await getTranslations('complaints')
  const { householdId } = await searchParams
  // Opened from a household page: start with that household (if the actor may see it).
  const h = householdId ? await db.household.findFirst({ where: { id: householdId, ...householdScope(actor) }, select: { id: true, roomNo: true } }) : null
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t('new')} />
      <Card>
        <RegisterComplaintForm initialHousehold={h ?? undefined} defaultChannel={actor.role === 'housekeeper' ? 'visit' : 'phone'} />
      </Card>
    </div>
  )
}
