// The household fee page (F1–F9): what is owed and why, the ladder with what is allowed next, the forms to log a step,
// a promise, a payment; bills, payments, promises, alternative contacts and the history. Mobile-first.
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { fmtDate, fmtDateTime, fmtMoney } from '@/lib/format'
import { getSettings } from '@/lib/server/settings/get-settings'
import { can, CASE_MANAGERS, DUNNING_LOGGERS, FEE_READERS, LATE_FEE_WAIVERS, LETTER_CONFIRMERS, PAYMENT_RECORDERS } from '@/lib/server/fees/access'
import { parseOutcome, PAYMENT_METHOD_KEY, type Classification } from '@/lib/server/fees/constants'
import { getFeeHousehold } from '@/lib/server/fees/get-fee-household'
import { Badge } from '@/components/ui/badge'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { DeadlineBadge } from '@/components/deadlines/deadline-badge'
import { CaseForm } from '@/components/fees/case-form'
import { ContactForm, RemoveContactButton } from '@/components/fees/contact-form'
import { PaymentForm } from '@/components/fees/payment-form'
import { PromiseForm } from '@/components/fees/promise-form'
import { StepForm } from '@/components/fees/step-form'
import { TalkHints } from '@/components/fees/talk-hints'
import { WaiveForm } from '@/components/fees/waive-form'
import { caseAction, contactAction, paymentAction, promiseAction, removeContactAction, requestConfirmationAction, stepAction, waiveAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('fees'))('title') }
}

export default async function FeeHouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser()
  if (!can(actor, FEE_READERS)) forbidden()
  const [{ id }, t, locale, settings] = await Promise.all([params, getTranslations('fees'), getLocale(), getSettings()])
  const now = new Date()
  const d = await getFeeHousehold({ actor, id, now, settings }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const h = d.household
  const f = d.figures
  const owner = h.residents[0]
  const logger = can(actor, DUNNING_LOGGERS)
  const guardOn = d.issues.openComplaints + d.issues.openRepairs > 0
  const personal = d.ladder.steps.find((s) => s.kind === 'personal')!
  const defaultKind = d.ladder.steps.find((s) => s.kind === 'reminder')!.eligibility.allowed ? 'reminder' : (d.ladder.steps.find((s) => s.eligibility.allowed)?.kind ?? 'reminder')
  const classification = (d.kase?.classification ?? null) as Classification | null
  const responsible = d.currentCase?.responsible ?? d.kase?.responsible ?? null
  const stepLabel = (kind: string) => t(`steps.${kind}` as 'steps.reminder')
  const outcomeText = (stored: string | null) => {
    const o = parseOutcome(stored)
    return [o.code ? t(`outcomes.${o.code}`) : null, o.note].filter(Boolean).join('：')
  }
  const nowIso = now.toISOString()

  return (
    <div className="space-y-4">
      <PageHeader
        title={`${h.roomNo} · ${t('householdLink')}`}
        subtitle={`${h.building.area.name} · ${h.building.name}${owner ? ` · ${owner.name}${owner.phone ? ` ${owner.phone}` : ''}` : ''}`}
        actions={
          <>
            <Link href="/fees" className={buttonClass('ghost')}>
              {t('household.back')}
            </Link>
            <Link href={`/households/${h.id}`} className={buttonClass('secondary')}>
              {t('household.householdPage')}
            </Link>
          </>
        }
      />

      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="fee-summary">
        {[
          ['owed', fmtMoney(f.owedCents)],
          ['overdue', fmtMoney(f.overdueCents)],
          ['months', f.overdueBills > 0 ? String(f.monthsOverdue) : '0'],
          ['lateFee', fmtMoney(f.lateFeeCents)],
        ].map(([k, v]) => (
          <div key={k} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs text-slate-600">{t(`household.${k}` as 'household.owed')}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`summary-${k}`}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        {f.waivedLateFeeCents > 0 && <Badge tone="blue">{t('household.waived', { amount: fmtMoney(f.waivedLateFeeCents) })}</Badge>}
        {d.creditCents > 0 && <Badge tone="green">{t('household.credit', { amount: fmtMoney(d.creditCents) })}</Badge>}
        {d.brokenPromises > 0 && <Badge tone="red">{t('household.brokenPromises', { count: d.brokenPromises })}</Badge>}
        {d.eveningVisit && <Badge tone="purple">{t('reminders.eveningVisit')}</Badge>}
        <Badge>{`${t('household.responsible')}：${responsible?.name ?? d.defaultResponsible?.name ?? t('household.noResponsible')}`}</Badge>
        <Badge tone={classification ? 'purple' : 'gray'}>{`${t('household.classification')}：${classification ? t(`classification.${classification}`) : t('household.unclassified')}`}</Badge>
      </div>
      {f.owedCents === 0 && <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{t('household.noArrears')}</p>}

      {guardOn && (
        <section role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-900" data-testid="dunning-guard">
          <h2 className="font-semibold">{t('household.guardTitle')}</h2>
          <p className="mt-1">{t('household.guardBody')}</p>
          <p className="mt-1">
            {[d.issues.openComplaints > 0 ? t('household.openComplaints', { count: d.issues.openComplaints }) : null, d.issues.openRepairs > 0 ? t('household.openRepairs', { count: d.issues.openRepairs }) : null]
              .filter(Boolean)
              .join(' · ')}{' '}
            <Link href={`/households/${h.id}`} className="underline">
              {t('household.householdPage')}
            </Link>
          </p>
        </section>
      )}

      <TalkHints classification={classification} />

      {can(actor, CASE_MANAGERS) && (
        <Card title={t('household.caseTitle', { month: d.month })}>
          {!d.currentCase && <p className="mb-2 text-sm text-slate-600">{t('household.caseNotCompiled')}</p>}
          <CaseForm
            action={caseAction.bind(null, h.id)}
            month={d.month}
            version={d.currentCase?.version ?? 0}
            responsibleId={d.currentCase?.responsible?.id ?? d.kase?.responsible?.id ?? d.defaultResponsible?.id ?? null}
            classification={d.currentCase?.classification ?? d.kase?.classification ?? null}
            staff={d.staff.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Card>
      )}

      <Card title={t('household.ladder')}>
        <ol className="mb-4 space-y-2" data-testid="ladder">
          {d.ladder.steps.map((s) => (
            <li key={s.kind} className="rounded-lg border border-slate-200 px-3 py-2 text-sm" data-testid={`ladder-${s.kind}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {s.number}. {stepLabel(s.kind)}
                </span>
                <Badge tone={s.eligibility.allowed ? 'green' : 'amber'}>{s.eligibility.allowed ? t('household.allowed') : t('household.notAllowed')}</Badge>
              </div>
              <p className="text-slate-600">{s.done > 0 ? t('household.stepDone', { count: s.done, date: fmtDateTime(s.lastAt, locale) }) : t('household.stepNotDone')}</p>
              {!s.eligibility.allowed && (
                <ul className="mt-1 list-disc pl-5 text-amber-900">
                  {s.eligibility.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <div className="mb-4 flex flex-wrap gap-2">
          {d.ladder.quiet && (
            <>
              <DeadlineBadge label={t('household.quiet')} start={d.ladder.quiet.sentAt.toISOString()} due={d.ladder.quiet.quietUntil.toISOString()} doneAt={d.ladder.quiet.active ? null : d.ladder.quiet.quietUntil.toISOString()} now={nowIso} warnFraction={settings.deadlineWarnFraction} />
              <DeadlineBadge label={t('household.quietFollowUp')} start={d.ladder.quiet.sentAt.toISOString()} due={d.ladder.quiet.followUpDue.toISOString()} now={nowIso} warnFraction={settings.deadlineWarnFraction} />
            </>
          )}
          {d.ladder.lawyerDeadline && (
            <DeadlineBadge label={t('household.lawyerDeadline')} start={d.ladder.lawyerDeadline.issuedAt.toISOString()} due={d.ladder.lawyerDeadline.due.toISOString()} now={nowIso} warnFraction={settings.deadlineWarnFraction} />
          )}
          <Link href={`/fees/households/${h.id}/letter`} className={buttonClass('secondary')}>
            {t('household.letterPage')}
          </Link>
        </div>
        {logger && f.owedCents > 0 && (
          <StepForm
            action={stepAction.bind(null, h.id)}
            requestAction={requestConfirmationAction.bind(null, h.id)}
            canConfirm={can(actor, LETTER_CONFIRMERS)}
            defaultKind={defaultKind}
            kinds={d.ladder.steps.map((s) => ({ kind: s.kind, allowed: s.eligibility.allowed, reasons: s.eligibility.reasons, guard: s.eligibility.guard }))}
          />
        )}
      </Card>

      {logger && f.owedCents > 0 && (
        <Card title={t('forms.promise.title')}>
          <PromiseForm action={promiseAction.bind(null, h.id)} today={d.today} allowed={personal.eligibility.allowed} reasons={personal.eligibility.reasons} guardReasons={personal.eligibility.guard?.warn ? personal.eligibility.guard.reasons : []} />
        </Card>
      )}

      <Card title={t('household.promisesTitle')}>
        {d.promises.length === 0 ? (
          <EmptyState>{t('household.noPromises')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="promises">
            {d.promises.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{t('household.promiseLine', { date: p.promisedDate, amount: fmtMoney(p.amountCents) })}</span>
                  <span className="block text-slate-600">
                    {t('promises.by', { name: p.recordedBy.name })} · {fmtDateTime(p.createdAt, locale)}
                    {p.note ? ` · ${p.note}` : ''}
                  </span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={p.status === 'kept' ? 'green' : p.status === 'broken' ? 'red' : 'amber'}>{t(`promiseStatus.${p.status}`)}</Badge>
                  {p.status === 'pending' && <DeadlineBadge label={t('promises.followUp')} start={p.createdAt.toISOString()} due={p.followUpDue.toISOString()} now={nowIso} warnFraction={settings.deadlineWarnFraction} />}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t('household.bills')}>
        {d.bills.length === 0 ? (
          <EmptyState>{t('household.noBills')}</EmptyState>
        ) : (
          <div className="-mx-4 overflow-x-auto px-4">
            <table className="w-full min-w-[36rem] text-left text-sm" data-testid="bills">
              <thead className="text-slate-600">
                <tr>
                  {(['period', 'amount', 'paid', 'unpaid', 'dueDate', 'lateFeeCol'] as const).map((k) => (
                    <th key={k} scope="col" className="px-2 py-2 font-medium">
                      {t(`household.${k}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {d.bills.map((b) => (
                  <tr key={b.id} data-testid={`bill-${b.period}`}>
                    <td className="px-2 py-2 font-medium">{b.period}</td>
                    <td className="px-2 py-2 tabular-nums">{fmtMoney(b.amountCents)}</td>
                    <td className="px-2 py-2 tabular-nums">{fmtMoney(b.paidCents)}</td>
                    <td className="px-2 py-2 tabular-nums">{fmtMoney(b.unpaidCents)}</td>
                    <td className="px-2 py-2">{b.dueDate}</td>
                    <td className="px-2 py-2 tabular-nums">
                      {fmtMoney(b.lateFeeCents)}
                      {b.lateFeeWaived && (
                        <Badge tone="blue" className="ml-1">
                          {t('household.waivedBadge')}
                        </Badge>
                      )}
                    </td>
                    <td className="px-2 py-2">
                      <Badge tone={b.unpaidCents === 0 ? 'green' : b.overdue ? 'red' : 'amber'}>{b.unpaidCents === 0 ? t('household.statusPaid') : b.overdue ? t('household.statusOverdue') : t('household.statusUnpaid')}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {can(actor, LATE_FEE_WAIVERS) && d.bills.some((b) => b.overdue) && (
          <div className="mt-4 space-y-3 border-t border-slate-100 pt-3">
            {d.bills
              .filter((b) => b.overdue)
              .map((b, i) => (
                <div key={b.id}>
                  <p className="text-sm font-medium">{b.period}</p>
                  <WaiveForm action={waiveAction.bind(null, h.id)} billId={b.id} version={b.version ?? 1} waived={b.lateFeeWaived} prefix={`w${i}_`} />
                </div>
              ))}
          </div>
        )}
      </Card>

      <Card title={t('household.payments')}>
        {d.payments.length === 0 ? (
          <EmptyState>{t('household.noPayments')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="payments">
            {d.payments.map((p) => (
              <li key={p.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <span className="font-medium tabular-nums">{fmtMoney(p.amountCents)}</span> · {fmtDate(p.paidAt, locale)} · {PAYMENT_METHOD_KEY[p.method] ? t(`methods.${PAYMENT_METHOD_KEY[p.method]}` as 'methods.cash') : p.method}
                </span>
                <span className="text-slate-600">
                  {p.bill ? t('household.paymentTo', { period: p.bill.period }) : ''} {p.externalRef?.startsWith('manual:') ? t('household.manual') : p.externalRef ? `${t('household.imported')} ${p.externalRef}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        {can(actor, PAYMENT_RECORDERS) && (
          <div className="mt-4 border-t border-slate-100 pt-3">
            <h3 className="mb-2 text-sm font-semibold">{t('forms.payment.title')}</h3>
            <PaymentForm action={paymentAction.bind(null, h.id)} today={d.today} />
          </div>
        )}
      </Card>

      <Card title={t('household.contacts')}>
        {d.contacts.length === 0 ? (
          <EmptyState>{t('household.noContacts')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="contacts">
            {d.contacts.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{c.name}</span> · {t(`relations.${c.relation}` as 'relations.family')} ·{' '}
                  <a href={`tel:${c.phone}`} className="underline">
                    {c.phone}
                  </a>
                  <span className="block text-slate-600">{t('household.contactSource', { source: c.source })}</span>
                </span>
                {logger && <RemoveContactButton action={removeContactAction.bind(null, h.id, c.id)} />}
              </li>
            ))}
          </ul>
        )}
        {logger && (
          <div className="mt-4 border-t border-slate-100 pt-3">
            <h3 className="mb-2 text-sm font-semibold">{t('forms.contact.title')}</h3>
            <ContactForm action={contactAction.bind(null, h.id)} />
          </div>
        )}
      </Card>

      <Card title={t('household.history')}>
        {d.steps.length === 0 ? (
          <EmptyState>{t('household.noHistory')}</EmptyState>
        ) : (
          <ol className="space-y-2 text-sm" data-testid="dunning-history">
            {[...d.steps].reverse().map((s) => (
              <li key={s.id} className="rounded-lg bg-slate-50 px-3 py-2">
                <span className="font-medium">
                  {fmtDateTime(s.at, locale)} · {stepLabel(s.kind)}
                </span>
                <span className="block text-slate-700">
                  {[s.channel ? t(`channels.${s.channel}` as 'channels.sms') : null, outcomeText(s.outcome), s.actor.name].filter(Boolean).join(' · ')}
                </span>
                {(s.deadlineAt || s.supervisorConfirmedBy) && (
                  <span className="block text-slate-600">
                    {[s.deadlineAt ? t('household.deadline', { date: fmtDateTime(s.deadlineAt, locale) }) : null, s.supervisorConfirmedBy ? t('household.confirmedBy', { name: s.supervisorConfirmedBy.name }) : null].filter(Boolean).join(' · ')}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  )
}
