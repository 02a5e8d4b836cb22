'use client'
// The step forms of a repair page. Each posts to its server action; a failed save keeps what was typed.
import { useState } from 'react'
import { useTranslations } from 'next-intl'
import { assignRepairAction, completeRepairAction, recordCallbackAction, startRepairAction } from '@/app/(app)/repairs/actions'
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, TextField, valueOf } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { StepPanel, useStepAction } from '@/components/ui/step-panel'
import { SubmitButton } from '@/components/ui/submit-button'
import { CALLBACK_METHODS, FAILED_OUTCOMES, SATISFACTION_VALUES } from '@/lib/validation/repair'

type Opt = { value: string; label: string }



export function AssignPanel({ id, version, technicians, current }: { id: string; version: number; technicians: Opt[]; current: string | null }) {
  const t = useTranslations('repairs')
  const [state, action] = useStepAction(assignRepairAction, id)
  return (
    <StepPanel level={2} title={t('panels.assign')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <SelectField name="assigneeId" label={t('fields.assignee')} state={state} options={technicians} placeholder={t('detail.choose')} defaultValue={current ?? undefined} required />
        <SubmitButton>{current ? t('submit.reassign') : t('submit.assign')}</SubmitButton>
      </form>
    </StepPanel>
  )
}

export function StartPanel({ id, version }: { id: string; version: number }) {
  const t = useTranslations('repairs')
  const [state, action] = useStepAction(startRepairAction, id)
  return (
    <StepPanel level={2} title={t('panels.start')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <p className="text-sm text-slate-600">{t('detail.startHint')}</p>
        <SubmitButton className="w-full sm:w-auto">{t('submit.start')}</SubmitButton>
      </form>
    </StepPanel>
  )
}

export function CompletePanel({ id, version, defaultCompletedAt }: { id: string; version: number; defaultCompletedAt: string }) {
  const t = useTranslations('repairs')
  const [state, action] = useStepAction(completeRepairAction, id)
  return (
    <StepPanel level={2} title={t('panels.complete')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <TextField name="completedAt" label={t('fields.completedAt')} state={state} type="datetime-local" defaultValue={defaultCompletedAt} hint={t('hints.completedAt')} required />
        <TextAreaField name="note" label={t('fields.note')} state={state} required />
        <SubmitButton className="w-full sm:w-auto">{t('submit.complete')}</SubmitButton>
      </form>
    </StepPanel>
  )
}

/** One pending callback's form: how, how satisfied, the resident's words; a failed one asks what happens next (C3). */
export function CallbackForm({ callbackId, version }: { callbackId: string; version: number }) {
  const t = useTranslations('repairs')
  const [state, action] = useStepAction(recordCallbackAction, callbackId)
  const initiallyFailed = valueOf(state, 'satisfaction') === 'notSatisfied' || state.values?.problemBack !== undefined
  const [failed, setFailed] = useState(initiallyFailed)
  return (
    <form
      action={action}
      className="mt-3 space-y-3"
      noValidate
      onChange={(e) => {
        const f = e.currentTarget
        const sat = (f.elements.namedItem('satisfaction') as RadioNodeList | null)?.value
        const back = (f.elements.namedItem('problemBack') as HTMLInputElement | null)?.checked
        setFailed(sat === 'notSatisfied' || back === true)
      }}
    >
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <RadioGroupField name="method" label={t('fields.method')} state={state} required defaultValue="phone" options={CALLBACK_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} />
      <RadioGroupField name="satisfaction" label={t('fields.satisfaction')} state={state} required options={SATISFACTION_VALUES.map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))} />
      <CheckboxField name="problemBack" label={t('fields.problemBack')} state={state} />
      <TextAreaField name="words" label={t('fields.words')} state={state} />
      {failed && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3">
          <RadioGroupField name="outcome" label={t('fields.outcome')} state={state} required options={FAILED_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          <p className="mt-2 text-xs text-slate-600">{t('hints.outcome')}</p>
        </div>
      )}
      <SubmitButton className="w-full sm:w-auto">{t('submit.callback')}</SubmitButton>
    </form>
  )
}
