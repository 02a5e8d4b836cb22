import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { COMPLAINT_READERS, isManager } from '@/lib/server/complaints/access'
import { getComplaint } from '@/lib/server/complaints/get-complaint'
import { activeStaff, eligibleForLead } from '@/lib/server/complaints/leads'
import { requiredLeads } from '@/lib/server/complaints/record-callback'
import { getSettings } from '@/lib/server/settings/get-settings'
import { complaintDeadlines, LEAD_LABELS, leadsForLevel, type ComplaintLevel, type LeadRole } from '@/lib/rules'
import { DEPARTMENTS, DEPARTMENT_LABELS, isDepartment } from '@/lib/departments'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'
import { Fact, LongFact } from '@/components/ui/fact'
import { Badge } from '@/components/ui/badge'
import { LevelBadge } from '@/components/complaints/level-badge'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { AssignPanel, CallbackPanel, ClosePanel, CorrectFactsPanel, HandOverPanel, TextStepPanel } from '@/components/complaints/panels'
import { fmtDateTime } from '@/lib/format'

export async function generateMetadata() {
  return { title: (await getTranslations('complaints'))('title') }
}

const ROLE_LABEL: Record<string, string> = { housekeeper: '管家', supervisor: '主管', centerManager: '经理', frontDesk: '前台', technician: '工程', admin: '管理员' }

export default async function ComplaintPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string }> }) {
  const actor = await requireRole(...COMPLAINT_READERS)
  const { id } = await params
  const { registered } = await searchParams
  const c = await getComplaint({ actor, id })
  if (!c) notFound()
  const [t, locale, settings, staff] = await Promise.all([getTranslations('complaints'), getLocale(), getSettings(), activeStaff()])
  const now = new Date()
  const deadlines = complaintDeadlines(
    { registeredAt: c.registeredAt, urgency: c.urgency, channel: c.channel, handledAt: c.handledAt, repliedAt: c.repliedAt, resultRepliedAt: c.resultRepliedAt, calledBackAt: c.calledBackAt },
    settings,
  )
  const lead = leadsForLevel(c.level as ComplaintLevel)
  const canChange = c.ownerId === actor.id || isManager(actor)
  const canCallBack = canChange || actor.role === 'housekeeper'
  const open = ['open', 'assigned', 'replied'].includes(c.status)
  const staffOpt = (filter: (u: (typeof staff)[number]) => boolean) => staff.filter(filter).map((u) => ({ value: u.id, label: `${u.name}（${ROLE_LABEL[u.role] ?? u.role}）` }))
  const callbackLeads = requiredLeads(c.level).map((key) => ({
    key,
    label: LEAD_LABELS[key as LeadRole] ?? key,
    options: staffOpt((u) => eligibleForLead(u, key, c.department)),
  }))
  const defaultLeads = Object.fromEntries(callbackLeads.map((l) => [l.key, l.options.some((o) => o.value === actor.id) ? actor.id : l.options.length === 1 ? l.options[0]!.value : '']))
  const nature = c.nature === 'effective' ? 'effective' : (c.communicativeKind ?? 'help')
  const start = (key: string) => (key === 'reply' ? c.registeredAt : (c.handledAt ?? c.registeredAt))
  const reasons = Array.isArray(c.levelReasons) ? (c.levelReasons as string[]) : []
  return (
    <div className="space-y-4">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {c.no} · {c.household.roomNo}
            </span>
            <LevelBadge level={c.level} label={t('level', { level: c.level })} />
            {lead.major && <Badge tone="red">{t('major')}</Badge>}
            <Badge tone={c.status === 'closed' ? 'gray' : 'blue'}>{t(`status.${c.status}`)}</Badge>
          </span>
        }
        subtitle={`${t('detail.registeredBy')} ${c.registeredBy.name} · ${fmtDateTime(c.registeredAt, locale)} · ${t('detail.ownerName')} ${c.owner.name}`}
        actions={
          <Link href={`/households/${c.household.id}`} className="text-sm text-brand-700 underline">
            {c.household.roomNo}
          </Link>
        }
      />
      {registered && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t('saved')}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card title={t('detail.deadlines')}>
            <ul className="space-y-2" data-testid="complaint-deadlines">
              {deadlines.map((d) => (
                <li key={d.key} className="flex flex-wrap items-center gap-2">
                  <span className="w-20 text-sm text-slate-600">{t(`deadlineKeys.${d.key}`)}</span>
                  <DeadlineBadge due={d.due.toISOString()} start={start(d.key).toISOString()} doneAt={d.doneAt?.toISOString() ?? null} label={d.label} now={now.toISOString()} warnFraction={settings.deadlineWarnFraction} />
                </li>
              ))}
              {!c.handledAt && (
                <li className="text-sm text-slate-500">
                  {t('deadlineKeys.resultReply')}、{t('deadlineKeys.callback')}：{t('detail.resultReplyPending')}
                </li>
              )}
            </ul>
          </Card>
          <Card title={t('detail.facts')}>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
              <Fact label={t('fields.channel')} value={t(`channel.${c.channel}`)} />
              <Fact label={t('fields.category')} value={`${t(`category.${c.category}`)}${c.subcategory ? ` · ${c.subcategory}` : ''}`} />
              <Fact label={t('fields.nature')} value={t(`nature.${nature}`)} />
              <Fact label={t('fields.urgency')} value={t(`urgency.${c.urgency}`)} />
              <Fact label={t('fields.householdsAffected')} value={String(c.householdsAffected)} />
              <Fact label={`${t('fields.injury')} / ${t('fields.propertyDamageOrSafety')}`} value={`${c.injury ? '是' : '否'} / ${c.propertyDamageOrSafety ? '是' : '否'}`} />
              {c.arrivalAt && <Fact label={t('fields.arrivalAt')} value={fmtDateTime(c.arrivalAt, locale)} />}
              {c.repeatOf && (
                <div>
                  <dt className="text-slate-500">{t('detail.repeatOf')}</dt>
                  <dd>
                    <Link className="text-brand-700 underline" href={`/complaints/${c.repeatOf.id}`}>
                      {c.repeatOf.no}
                    </Link>
                  </dd>
                </div>
              )}
              {c.department && <Fact label={t('detail.assignedTo')} value={`${isDepartment(c.department) ? DEPARTMENT_LABELS[c.department] : c.department} / ${c.assignee?.name ?? '—'}`} />}
            </dl>
            <div className="mt-3 space-y-2 text-sm">
              <p className="whitespace-pre-wrap rounded-lg bg-slate-50 p-3">{c.residentWords}</p>
              {c.plan && <LongFact label={t('detail.plan')} value={c.plan} />}
              {c.replyText && <LongFact label={t('detail.reply')} value={c.replyText} />}
              {c.resultReplyText && <LongFact label={t('detail.resultReply')} value={c.resultReplyText} />}
              {c.status === 'closed' && (
                <LongFact label={t('detail.summary')} value={`${t('fields.summaryCause')}：${c.summaryCause}\n${t('fields.summaryLesson')}：${c.summaryLesson}\n${t('fields.summaryChange')}：${c.summaryChange}`} />
              )}
            </div>
          </Card>
          {canChange && open && (
            <AssignPanel
              id={c.id}
              version={c.version}
              departments={DEPARTMENTS.map((d) => ({ value: d, label: DEPARTMENT_LABELS[d] }))}
              staff={staffOpt((u) => u.role !== 'admin')}
              defaults={{ department: c.department ?? undefined, assigneeId: c.assigneeId ?? undefined, plan: c.plan ?? undefined }}
            />
          )}
          {canChange && open && !c.repliedAt && <TextStepPanel id={c.id} version={c.version} kind="reply" />}
          {canChange && open && c.department && <TextStepPanel id={c.id} version={c.version} kind="handled" />}
          {canChange && (c.status === 'handled' || c.status === 'calledBack') && !c.resultRepliedAt && <TextStepPanel id={c.id} version={c.version} kind="resultReply" />}
          {canCallBack && c.status === 'handled' && (
            <CallbackPanel id={c.id} version={c.version} leads={callbackLeads} others={staffOpt((u) => u.role !== 'admin')} defaultLeads={defaultLeads} />
          )}
          {canChange && c.status === 'calledBack' && <ClosePanel id={c.id} version={c.version} />}
          {canChange && c.status !== 'closed' && <HandOverPanel id={c.id} version={c.version} staff={staffOpt((u) => ['frontDesk', 'housekeeper', 'supervisor', 'centerManager'].includes(u.role) && u.id !== c.ownerId)} />}
          {isManager(actor) && c.status !== 'closed' && (
            <CorrectFactsPanel
              id={c.id}
              version={c.version}
              current={{ channel: c.channel, nature, householdsAffected: c.householdsAffected, injury: c.injury, propertyDamageOrSafety: c.propertyDamageOrSafety, repeatOfId: c.repeatOfId }}
            />
          )}
        </div>
        <div className="space-y-4">
          <Card title={t('detail.levelTitle')}>
            <div data-testid="complaint-level" className="space-y-2 text-sm">
              <p className="text-base font-semibold">
                {t('level', { level: c.level })}
                {lead.major ? ` · ${t('major')}` : ''}
              </p>
              <p>
                {t('detail.leads')}：{lead.leads.map((l) => LEAD_LABELS[l]).join('、')}
              </p>
              {lead.major && (
                <p>
                  {t('detail.jointVisit')}
                  {lead.jointVisit.map((l) => LEAD_LABELS[l]).join('、')}
                </p>
              )}
              <p className="pt-2 font-medium">{t('detail.reasons')}</p>
              <ul className="list-inside list-disc text-slate-700">
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          </Card>
          {c.escalations.length > 0 && (
            <Card title={t('detail.escalations')}>
              <ul className="space-y-2 text-sm" data-testid="complaint-escalations">
                {c.escalations.map((e) => (
                  <li key={e.id}>
                    <span className="text-slate-500">{fmtDateTime(e.at, locale)}</span> {e.reason}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {c.callbacks.length > 0 && (
            <Card title={t('detail.callbacks')}>
              <ul className="space-y-2 text-sm">
                {c.callbacks.map((cb) => (
                  <li key={cb.id}>
                    <span className="text-slate-500">{fmtDateTime(cb.at, locale)}</span> {t(`satisfaction.${cb.satisfaction}`)} ·{' '}
                    {(cb.participants as Array<{ name: string }>).map((p) => p.name).join('、')}
                    {cb.words && <span className="block text-slate-600">“{cb.words}”</span>}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title={t('detail.history')}>
            <ol className="space-y-2 text-sm" data-testid="complaint-history">
              {c.steps.map((s) => (
                <li key={s.id} className="border-l-2 border-slate-200 pl-3">
                  <div className="flex flex-wrap gap-x-2">
                    <span className="font-medium">{t(`steps.${s.kind}`)}</span>
                    <span className="text-slate-500">
                      {s.actor?.name ?? '系统'} · {fmtDateTime(s.at, locale)}
                    </span>
                  </div>
                  {s.note && <p className="text-slate-600">{s.note}</p>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </div>
  )
}
