'use client'
// F5: a payment promise from a personal follow-up — the promised date and amount; the follow-up is due on that date.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { CHANNELS_BY_KIND } from '@/lib/server/fees/constants'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { CheckboxField, SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

export function PromiseForm({ action, today, allowed, reasons, guardReasons }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; today: string; allowed: boolean; reasons: string[]; guardReasons: string[] }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="promise-form">
      <FormMessage state={state} />
      {!allowed && (
        <div role="note" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{t('forms.step.notAllowed')}</p>
          <ul className="list-disc pl-5">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="p_promisedDate" type="date" min={today} label={t('forms.promise.date')} state={state} required />
        <TextField name="p_amount" inputMode="decimal" label={t('forms.promise.amount')} state={state} required autoComplete="off" />
        <SelectField name="p_channel" label={t('forms.promise.channel')} state={state} required placeholder={t('forms.choose')} options={CHANNELS_BY_KIND.personal.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
      </div>
      <TextField name="p_note" label={t('forms.promise.note')} state={state} autoComplete="off" />
      <p className="text-xs text-slate-500">{t('forms.promise.hint')}</p>
      {guardReasons.length > 0 && (
        <div className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <ul className="list-disc pl-5">
            {guardReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <CheckboxField name="p_guardAcknowledged" label={t('forms.step.guardAcknowledged')} state={state} />
          {state.fieldErrors?.p_guardAcknowledged && <p className="field-error">{state.fieldErrors.p_guardAcknowledged[0]}</p>}
        </div>
      )}
      <SubmitButton className="w-full sm:w-auto" disabled={!allowed}>
        {t('forms.promise.submit')}
      </SubmitButton>
    </form>
  )
}
