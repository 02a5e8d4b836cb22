'use client'
// Log a visit on a phone (V6): home or phone, purpose, start/stop (or typed times), who was met, the six
// observations, the residents' feedback. Kept as a draft on the device while typed; when the network is
// gone the visit waits in the outbox ("未发送") and is sent when it is back — the clientKey makes it one visit.
import { useEffect, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { Button, buttonClass } from '@/components/ui/button'
import { isPhoneWindow, nextPhoneWindow } from '@/lib/rules/phone'
import type { PhoneWindow } from '@/lib/rules/settings'
import { fmtDateTimeFull } from '@/lib/format'
import { OBSERVATIONS, VISIT_PURPOSES, visitSchema, type VisitDraft } from '@/lib/validation/visit'
import { fromLocalInputSafe, toLocalInput } from './local-input'
import { a11y, Choice, FieldError, Labelled, type Errors } from './form-bits'
import { FeedbackItemFields, type AssigneeOption, type FeedbackDraft } from './feedback-item-fields'
import { clearDraft, dequeue, enqueue, OUTBOX_EVENT, readDraft, readOutbox, saveDraft, sendVisit } from './outbox'

type Form = Omit<VisitDraft, 'feedback'> & { feedback: FeedbackDraft[] }
type Status = 'idle' | 'sending' | 'queued' | 'sent'

export type VisitFormProps = {
  userId: string
  household: { id: string; roomNo: string }
  clientKey: string
  residents: Array<{ name: string }>
  assignees: AssigneeOption[]
  planItem: { id: string; kind: 'home' | 'phone'; purpose: string; plannedDate: string } | null
  rules: { timeZone: string; phone: { forbiddenWeekdays: number[]; windows: PhoneWindow[] }; firstVisitMinMinutes: number; firstVisitMaxMinutes: number }
}

const newKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`)

function blank(p: VisitFormProps, clientKey: string): Form {
  return {
    clientKey,
    householdId: p.household.id,
    kind: p.planItem?.kind ?? 'home',
    purpose: (VISIT_PURPOSES as readonly string[]).includes(p.planItem?.purpose ?? '') ? (p.planItem!.purpose as Form['purpose']) : 'routine',
    startedAt: '',
    endedAt: '',
    metWhom: '',
    observations: {},
    observationNote: '',
    notes: '',
    outsideWindowReason: '',
    planItemId: p.planItem?.id ?? '',
    feedback: [],
  }
}

function issuesToErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Errors {
  const out: Record<string, string[]> = {}
  for (const i of issues) (out[i.path.length ? i.path.map(String).join('.') : '_form'] ??= []).push(i.message)
  return out
}

export function VisitForm(props: VisitFormProps) {
  const { userId, household, rules } = props
  const t = useTranslations('visits')
  const locale = useLocale()
  const router = useRouter()
  const [form, setForm] = useState<Form>(() => blank(props, props.clientKey))
  const [errors, setErrors] = useState<Errors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [restored, setRestored] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const dirty = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  const settings = { timeZone: rules.timeZone, phone: rules.phone }

  // Restore what this phone kept: a queued visit first, else the draft.
  useEffect(() => {
    const queued = readOutbox(userId).find((i) => i.householdId === household.id)
    const draft = readDraft(userId, household.id)
    const data = queued?.payload ?? draft?.data
    if (data) {
      setForm({ ...blank(props, props.clientKey), ...data, feedback: (data.feedback ?? []).map((f) => ({ ...f, _k: newKey() })) } as Form)
      setRestored(!queued)
    }
    if (queued && !queued.error) setStatus('queued')
    if (queued?.error) {
      setErrors(queued.fieldErrors ?? {})
      setMessage(queued.error)
    }
    setLoaded(true)
    // Once per household: props other than the ids only seed an empty form.
  }, [userId, household.id])

  useEffect(() => {
    if (loaded && dirty.current && status !== 'sent') saveDraft(userId, household.id, strip(form))
  }, [form, loaded, status, userId, household.id])

  // The outbox was sent from elsewhere on the page (network back): this visit is saved.
  useEffect(() => {
    const onSent = (e: Event) => {
      const sent = (e as CustomEvent<{ sent?: string[] }>).detail?.sent ?? []
      if (sent.includes(form.clientKey)) done()
    }
    window.addEventListener(OUTBOX_EVENT, onSent)
    return () => window.removeEventListener(OUTBOX_EVENT, onSent)
  })

  function update(patch: Partial<Form>) {
    dirty.current = true
    setForm((f) => ({ ...f, ...patch }))
  }

  function updateItem(k: string, patch: Partial<FeedbackDraft>) {
    dirty.current = true
    setForm((f) => ({ ...f, feedback: f.feedback.map((x) => (x._k === k ? { ...x, ...patch } : x)) }))
  }

  function done() {
    clearDraft(userId, household.id, form.clientKey)
    setStatus('sent')
    router.push(`/households/${household.id}?logged=1`)
    router.refresh()
  }

  const start = fromLocalInputSafe(form.startedAt, rules.timeZone)
  const end = fromLocalInputSafe(form.endedAt, rules.timeZone)
  const minutes = start && end && end >= start ? Math.round((end.getTime() - start.getTime()) / 60_000) : null
  const outsideWindow = form.kind === 'phone' && start !== null && !isPhoneWindow(start, settings)

  function clientErrors(): Errors {
    const r = visitSchema.safeParse(strip(form))
    const errs: Record<string, string[]> = r.success ? {} : (issuesToErrors(r.error.issues) as Record<string, string[]>)
    const latest = Date.now() + 60_000
    if (start && start.getTime() > latest) (errs.startedAt ??= []).push('走访开始时间不能晚于现在')
    if (end && end.getTime() > latest) (errs.endedAt ??= []).push('结束时间不能晚于现在')
    if (outsideWindow && !form.outsideWindowReason?.trim()) (errs.outsideWindowReason ??= []).push(t('phoneOutsideHint'))
    return errs
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault()
    if (status === 'sending') return
    const errs = clientErrors()
    if (Object.keys(errs).length > 0) {
      setErrors(errs)
      setMessage(t('checkForm'))
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setErrors({})
    setMessage(null)
    setStatus('sending')
    const payload = strip(form)
    saveDraft(userId, household.id, payload)
    dequeue(form.clientKey)
    const r = await sendVisit(payload)
    if (r.ok) return done()
    if (r.kind === 'refused') {
      setStatus('idle')
      setErrors(r.fieldErrors ?? {})
      setMessage(r.message)
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    enqueue({ userId, clientKey: form.clientKey, householdId: household.id, roomNo: household.roomNo, payload, queuedAt: new Date().toISOString() })
    setStatus('queued')
  }

  function discard() {
    if (!window.confirm(t('discardQuestion'))) return
    clearDraft(userId, household.id)
    dequeue(form.clientKey)
    dirty.current = false
    setForm(blank(props, newKey()))
    setErrors({})
    setMessage(null)
    setRestored(false)
    setStatus('idle')
  }

  const now = () => toLocalInput(new Date(), rules.timeZone)
  const locked = status !== 'idle'

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={status === 'sending'}>
      {restored && status === 'idle' && (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-sky-50 p-3 text-sm text-sky-900" role="status">
          {t('draftRestored')}
          <button type="button" className={buttonClass('ghost')} onClick={discard}>
            {t('discardDraft')}
          </button>
        </div>
      )}
      {status === 'queued' && (
        <div role="status" data-testid="visit-queued" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-950">
          <p>{t('queued')}</p>
          <button type="button" className={buttonClass('secondary')} onClick={discard}>
            {t('discardDraft')}
          </button>
        </div>
      )}
      {message && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      <fieldset disabled={locked} className="space-y-4">
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <div role="radiogroup" aria-label={t('kind')}>
            <p className="label">{t('kind')}</p>
            <div className="flex gap-2">
              {(['home', 'phone'] as const).map((k) => (
                <Choice key={k} name="kind" value={k} checked={form.kind === k} onChange={() => update({ kind: k })}>
                  {t(`kinds.${k}`)}
                </Choice>
              ))}
            </div>
            <FieldError name="kind" errors={errors} />
          </div>
          <Labelled name="purpose" label={t('purpose')} errors={errors}>
            <select className="input" value={form.purpose ?? 'routine'} onChange={(e) => update({ purpose: e.target.value as Form['purpose'] })} {...a11y('purpose', errors)}>
              {VISIT_PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {t(`purposes.${p}`)}
                </option>
              ))}
            </select>
          </Labelled>
          {props.planItem && <p className="text-sm text-slate-600">{t('plannedVisit', { date: props.planItem.plannedDate })}</p>}
          <FieldError name="planItemId" errors={errors} />
        </section>

        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-label={t('time')}>
          <div className="grid grid-cols-2 gap-2">
            <Button type="button" variant={form.startedAt ? 'secondary' : 'primary'} onClick={() => update({ startedAt: now() })}>
              ▶ {t('start')}
            </Button>
            <Button type="button" variant={form.startedAt && !form.endedAt ? 'primary' : 'secondary'} disabled={!form.startedAt} onClick={() => update({ endedAt: now() })}>
              ■ {t('stop')}
            </Button>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <Labelled name="startedAt" label={t('startedAt')} errors={errors} required>
              <input type="datetime-local" className="input" value={form.startedAt ?? ''} onChange={(e) => update({ startedAt: e.target.value })} {...a11y('startedAt', errors)} />
            </Labelled>
            <Labelled name="endedAt" label={t('endedAt')} errors={errors} required>
              <input type="datetime-local" className="input" value={form.endedAt ?? ''} onChange={(e) => update({ endedAt: e.target.value })} {...a11y('endedAt', errors)} />
            </Labelled>
          </div>
          {form.startedAt && !form.endedAt && <p className="text-sm text-slate-600">{t('running')}</p>}
          {minutes !== null && (
            <p className="text-sm text-slate-600" data-testid="visit-duration">
              {t('duration', { minutes })}
              {form.kind === 'home' && ` · ${t('durationHint', { min: rules.firstVisitMinMinutes, max: rules.firstVisitMaxMinutes })}`}
            </p>
          )}
          {outsideWindow && start && (
            <div data-testid="phone-window-warning" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              <p className="font-medium">
                {t('phoneOutside', {
                  time: fmtDateTimeFull(start, locale, rules.timeZone),
                  windows: t('phoneWindows', {
                    days: rules.phone.forbiddenWeekdays.map((d) => t(`weekdays.${d}` as 'weekdays.1')).join(t('listSeparator')),
                    times: rules.phone.windows.map((w) => `${w.start}–${w.end}`).join(t('listSeparator')),
                  }),
                  next: fmtDateTimeFull(nextPhoneWindow(start, settings), locale, rules.timeZone),
                })}
              </p>
              <p>{t('phoneOutsideHint')}</p>
              <Labelled name="outsideWindowReason" label={t('outsideWindowReason')} errors={errors} required>
                <textarea rows={2} className="input" value={form.outsideWindowReason ?? ''} onChange={(e) => update({ outsideWindowReason: e.target.value })} {...a11y('outsideWindowReason', errors)} />
              </Labelled>
            </div>
          )}
          {!outsideWindow && <FieldError name="outsideWindowReason" errors={errors} />}
        </section>

        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <Labelled name="metWhom" label={t('metWhom')} errors={errors} hint={t('metWhomHint')}>
            <input className="input" list="v-met-options" value={form.metWhom ?? ''} onChange={(e) => update({ metWhom: e.target.value })} {...a11y('metWhom', errors)} />
          </Labelled>
          <datalist id="v-met-options">
            {(['owner', 'ownerFamily', 'tenant', 'elder'] as const).map((k) => (
              <option key={k} value={t(`metWhomOptions.${k}`)} />
            ))}
            {props.residents.map((r) => (
              <option key={r.name} value={r.name} />
            ))}
          </datalist>
          {form.kind === 'home' && (
            <div>
              <p className="label">
                {t('observations')} <span className="font-normal text-slate-500">· {t('observationsHint')}</span>
              </p>
              <div className="grid grid-cols-2 gap-2">
                {OBSERVATIONS.map((k) => {
                  const on = form.observations?.[k] === true
                  return (
                    <button
                      key={k}
                      type="button"
                      aria-pressed={on}
                      onClick={() => update({ observations: { ...form.observations, [k]: !on } })}
                      className={
                        on
                          ? 'min-h-11 rounded-lg border border-brand-500 bg-brand-50 px-2 text-sm font-medium text-brand-700'
                          : 'min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-700'
                      }
                    >
                      {on ? '✓ ' : ''}
                      {t(`observation.${k}`)}
                    </button>
                  )
                })}
              </div>
            </div>
          )}
          {form.kind === 'home' && (
            <Labelled name="observationNote" label={t('observationNote')} errors={errors}>
              <textarea rows={2} className="input" value={form.observationNote ?? ''} onChange={(e) => update({ observationNote: e.target.value })} {...a11y('observationNote', errors)} />
            </Labelled>
          )}
        </section>

        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="v-feedback-title">
          <h2 id="v-feedback-title" className="font-semibold">
            {t('feedback')}
          </h2>
          <p className="text-xs text-slate-500">{t('feedbackHint')}</p>
          {form.feedback.map((item, i) => (
            <FeedbackItemFields
              key={item._k}
              index={i}
              item={item}
              errors={errors}
              assignees={props.assignees}
              onChange={(patch) => updateItem(item._k, patch)}
              onRemove={() => update({ feedback: form.feedback.filter((x) => x._k !== item._k) })}
            />
          ))}
          <FieldError name="feedback" errors={errors} />
          <Button type="button" variant="secondary" className="w-full" onClick={() => update({ feedback: [...form.feedback, { _k: newKey(), text: '', urgency: 'general', answeredOnSpot: false }] })}>
            + {t('addFeedback')}
          </Button>
        </section>

        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <Labelled name="notes" label={t('notes')} errors={errors}>
            <textarea rows={3} className="input" value={form.notes ?? ''} onChange={(e) => update({ notes: e.target.value })} {...a11y('notes', errors)} />
          </Labelled>
        </section>
        <FieldError name="clientKey" errors={errors} />
        <Button type="submit" className="w-full py-3 text-base" disabled={locked}>
          {status === 'sending' ? t('sending') : t('submit')}
        </Button>
      </fieldset>
    </form>
  )
}

/** The payload: the form without React keys or empty optional values. */
function strip(f: Form): VisitDraft {
  const { feedback, ...rest } = f
  return {
    ...rest,
    feedback: feedback.map(({ _k, ...x }) => {
      void _k
      return x
    }),
  }
}
