'use client'
// The forms of the plan pages. Each posts to its server action; a failed save keeps what was typed and shows
// the message (a stale version: the CONFLICT message) beside the form.
import { useActionState, useId } from 'react'
import { useTranslations } from 'next-intl'
import {
  addItemAction,
  approvePlanAction,
  discardPlanAction,
  generatePlanAction,
  markTargetVisitedAction,
  removeItemAction,
  reopenPlanAction,
  returnPlanAction,
  submitPlanAction,
  updateItemAction,
} from '@/app/(app)/plans/actions'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { CheckboxField, RadioGroupField, SelectField, TextField, valueOf } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { HouseholdPicker } from '@/components/households/household-picker'

type Bound = (prev: FormState, fd: FormData) => Promise<FormState>
type PlanAction = (planId: string, prev: FormState, fd: FormData) => Promise<FormState>

function usePlanAction(action: PlanAction, planId: string) {
  return useActionState(action.bind(null, planId) as Bound, initialFormState)
}

/** A note field with its own id (several forms on one page each have a `note`). */
function NoteField({ state, label, required, rows = 2 }: { state: FormState; label: string; required?: boolean; rows?: number }) {
  const id = useId()
  const error = state.fieldErrors?.note?.[0]
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </label>
      <textarea id={id} name="note" rows={rows} className="input" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} defaultValue={valueOf(state, 'note')} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

export function GenerateForm({ period, options, manager, defaultMaxPerDay }: { period: 'month' | 'year'; options: Array<{ periodKey: string; label: string; primary?: boolean }>; manager?: boolean; defaultMaxPerDay?: number }) {
  const t = useTranslations('plans.generate')
  const [state, action] = useActionState(generatePlanAction, initialFormState)
  return (
    <form action={action} className="space-y-3" noValidate data-testid={`generate-${period}`}>
      <input type="hidden" name="period" value={period} />
      <FormMessage state={state} />
      {period === 'month' && !manager && (
        <TextField name="maxPerDay" label={t('maxPerDay')} type="number" inputMode="numeric" min={1} max={100} defaultValue={String(defaultMaxPerDay ?? 20)} state={state} className="max-w-48" />
      )}
      {manager && <CheckboxField name="hasOwnersCommittee" label={t('committee')} state={state} />}
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <SubmitButton key={o.periodKey} name="periodKey" value={o.periodKey} variant={o.primary ? 'primary' : 'secondary'} pendingText={t('pending')}>
            {o.label}
          </SubmitButton>
        ))}
      </div>
    </form>
  )
}

export function AddItemForm({ planId, version, month, min, max, purposes, kinds }: { planId: string; version: number; month: string; min: string; max: string; purposes: Array<{ value: string; label: string }>; kinds: Array<{ value: string; label: string }> }) {
  const t = useTranslations('plans.item')
  const [state, action] = usePlanAction(addItemAction, planId)
  return (
    <form action={action} className="space-y-3" noValidate data-testid="add-item">
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {/* A new, empty form after each added household; a refused one keeps what was typed. */}
      <div key={state.ok ? state.at : 'keep'} className="space-y-3">
        <HouseholdPicker label={t('household')} error={state.fieldErrors?.householdId?.[0]} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="plannedDate" type="date" label={t('date')} min={min} max={max} defaultValue={month === min.slice(0, 7) ? min : undefined} state={state} required />
          <SelectField name="purpose" label={t('purpose')} options={purposes} defaultValue="routine" state={state} />
        </div>
        <RadioGroupField name="kind" label={t('kind')} options={kinds} defaultValue="home" state={state} required />
      </div>
      <SubmitButton variant="secondary">{t('add')}</SubmitButton>
    </form>
  )
}

export function ItemEditForm({ planId, version, item, min, max, kinds }: { planId: string; version: number; item: { id: string; plannedDate: string; kind: string }; min: string; max: string; kinds: Array<{ value: string; label: string }> }) {
  const t = useTranslations('plans.item')
  const [state, action] = usePlanAction(updateItemAction, planId)
  const dateError = state.fieldErrors?.plannedDate?.[0]
  const id = `it-${item.id}`
  return (
    <form action={action} className="mt-2 space-y-2" noValidate>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="itemId" value={item.id} />
      <FormMessage state={state} />
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-date`} className="label">
            {t('date')}
          </label>
          <input id={`${id}-date`} name="plannedDate" type="date" min={min} max={max} className="input" defaultValue={valueOf(state, 'plannedDate', item.plannedDate)} aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? `${id}-date-error` : undefined} />
        </div>
        <div>
          <label htmlFor={`${id}-kind`} className="label">
            {t('kind')}
          </label>
          <select id={`${id}-kind`} name="kind" className="input" defaultValue={valueOf(state, 'kind', item.kind)}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {dateError && (
        <p id={`${id}-date-error`} className="field-error">
          {dateError}
        </p>
      )}
      <SubmitButton variant="secondary">{t('save')}</SubmitButton>
    </form>
  )
}

export function RemoveItemForm({ planId, version, itemId, label }: { planId: string; version: number; itemId: string; label: string }) {
  const t = useTranslations('plans.item')
  const ta = useTranslations('plans.actions')
  const [state, action] = usePlanAction(removeItemAction, planId)
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="itemId" value={itemId} />
      <ConfirmSubmit question={t('removeQuestion', { label })} confirmText={t('removeConfirm')} cancelText={ta('cancel')}>
        {t('remove')}
      </ConfirmSubmit>
      {state.ok === false && <FormMessage state={state} />}
    </form>
  )
}

export function TargetVisitedForm({ planId, version, itemId, min, max }: { planId: string; version: number; itemId: string; min: string; max: string }) {
  const t = useTranslations('plans.item')
  const [state, action] = usePlanAction(markTargetVisitedAction, planId)
  const id = `tv-${itemId}`
  const error = state.fieldErrors?.visitedOn?.[0]
  return (
    <form action={action} className="mt-2 space-y-2" noValidate>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="itemId" value={itemId} />
      <FormMessage state={state} />
      <div>
        <label htmlFor={`${id}-date`} className="label">
          {t('visitedOn')}
        </label>
        <input id={`${id}-date`} name="visitedOn" type="date" min={min} max={max} className="input" defaultValue={valueOf(state, 'visitedOn', max)} aria-invalid={error ? true : undefined} />
        {error && <p className="field-error">{error}</p>}
      </div>
      <NoteField state={state} label={t('visitNote')} />
      <SubmitButton variant="secondary">{t('targetVisited')}</SubmitButton>
    </form>
  )
}

/** Submit / approve / return / reopen / discard: the steps of the plan, each with its optional or required note. */
export function StepForm({ planId, version, step }: { planId: string; version: number; step: 'submit' | 'confirmOwn' | 'approve' | 'return' | 'reopen' | 'discard' }) {
  const t = useTranslations('plans.actions')
  const map = {
    submit: { action: submitPlanAction, note: t('submitNote'), required: false, confirm: null, variant: 'primary' as const },
    confirmOwn: { action: submitPlanAction, note: null, required: false, confirm: null, variant: 'primary' as const },
    approve: { action: approvePlanAction, note: t('approveNote'), required: false, confirm: null, variant: 'primary' as const },
    return: { action: returnPlanAction, note: t('returnNote'), required: true, confirm: null, variant: 'secondary' as const },
    reopen: { action: reopenPlanAction, note: null, required: false, confirm: { question: t('reopenQuestion'), text: t('reopenConfirm') }, variant: 'secondary' as const },
    discard: { action: discardPlanAction, note: null, required: false, confirm: { question: t('discardQuestion'), text: t('discardConfirm') }, variant: 'secondary' as const },
  }[step]
  const [state, action] = usePlanAction(map.action, planId)
  return (
    <form action={action} className="space-y-2" noValidate data-testid={`step-${step}`}>
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {map.note && <NoteField state={state} label={map.note} required={map.required} />}
      {map.confirm ? (
        <ConfirmSubmit question={map.confirm.question} confirmText={map.confirm.text} cancelText={t('cancel')} variant={step === 'discard' ? 'danger' : 'primary'}>
          {t(step)}
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant={map.variant}>{t(step)}</SubmitButton>
      )}
    </form>
  )
}
