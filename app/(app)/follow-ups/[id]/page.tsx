// One follow-up: what the resident raised, the deadline, who has it; close it with the reply (R4) or route it on.
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { fmtDateTime } from '@/lib/format'
import { getSettings } from '@/lib/server/settings/get-settings'
import { getFollowUp } from '@/lib/server/follow-ups/get-follow-up'
import { listAssignees } from '@/lib/server/follow-ups/list-assignees'
import { DEPARTMENTS } from '@/lib/validation/follow-up'
import { Badge } from '@/components/ui/badge'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { CloseFollowUpForm } from '@/components/follow-ups/close-follow-up-form'
import { ReassignFollowUpForm } from '@/components/follow-ups/reassign-follow-up-form'
import { closeFollowUpAction, reassignFollowUpAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('followUps') }
}

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser()
  const [{ id }, t, locale, settings] = await Promise.all([params, getTranslations('visits'), getLocale(), getSettings()])
  const f = await getFollowUp({ actor, id }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const now = new Date()
  const open = f.status === 'open'
  const assignees = open ? await listAssignees() : []
  const dept = f.department && (DEPARTMENTS as readonly string[]).includes(f.department) ? t(`departments.${f.department as (typeof DEPARTMENTS)[number]}`) : '—'
  const visit = f.feedbackItem?.visit
  return (
    <div className="space-y-4">
      <PageHeader
        title={f.title}
        subtitle={f.household.roomNo}
        actions={
          <Link href={`/households/${f.household.id}`} className={buttonClass('secondary')}>
            {f.household.roomNo}
          </Link>
        }
      />
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
          <dt className="text-slate-500">{t('followUps.due')}</dt>
          <dd>
            <DeadlineBadge due={f.dueAt.toISOString()} start={f.createdAt.toISOString()} doneAt={f.closedAt?.toISOString() ?? null} label={f.rule} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
          </dd>
          <dt className="text-slate-500">{t('urgency')}</dt>
          <dd>
            <Badge tone={f.urgency === 'urgent' ? 'red' : 'gray'}>{t(`urgencies.${f.urgency}`)}</Badge>
          </dd>
          <dt className="text-slate-500">{t('followUps.department')}</dt>
          <dd>{dept}</dd>
          <dt className="text-slate-500">{t('followUps.assignee')}</dt>
          <dd>{f.assignee?.name ?? t('followUps.unassigned')}</dd>
          <dt className="text-slate-500">{t('followUps.source')}</dt>
          <dd>
            {visit
              ? t('followUps.fromVisit', { time: fmtDateTime(visit.startedAt, locale), name: visit.housekeeper.name, kind: t(`kinds.${visit.kind}`) })
              : (f.createdBy?.name ?? '—')}
          </dd>
          {f.feedbackItem && (
            <>
              <dt className="text-slate-500">{t('followUps.raised')}</dt>
              <dd className="whitespace-pre-wrap">{f.feedbackItem.text}</dd>
            </>
          )}
          <dt className="text-slate-500">{t('followUps.residents')}</dt>
          <dd className="flex flex-wrap gap-2">
            {f.household.residents.map((r) =>
              r.phone ? (
                <a key={r.phone} href={`tel:${r.phone}`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-500 px-3 font-medium text-brand-700">
                  ☎ {r.name} {r.phone}
                </a>
              ) : (
                <span key={r.name}>{r.name}</span>
              ),
            )}
          </dd>
        </dl>
      </Card>
      {open ? (
        <>
          <Card title={t('followUps.close')}>
            <CloseFollowUpForm action={closeFollowUpAction} followUp={f} />
          </Card>
          <Card title={t('followUps.reassign')}>
            <ReassignFollowUpForm key={f.version} action={reassignFollowUpAction} followUp={f} assignees={assignees} />
          </Card>
        </>
      ) : (
        <Card title={t('followUps.closed')}>
          <p className="text-sm text-slate-600" data-testid="closed-at">
            {t('followUps.closedAt', { time: fmtDateTime(f.closedAt, locale) })}
          </p>
          <p className="mt-2 whitespace-pre-wrap" data-testid="reply">
            {f.reply}
          </p>
        </Card>
      )}
    </div>
  )
}
