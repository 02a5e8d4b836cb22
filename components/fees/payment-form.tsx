'use client'
// F1: a payment entered by hand (supervisor, admin); allocated to the oldest unpaid bills. The client key makes a
// double submit record one payment; a new key after each success lets the next payment be entered.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { PAYMENT_METHODS, PAYMENT_METHOD_KEY } from '@/lib/server/fees/constants'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { ClientKeyInput } from '@/components/ui/client-key'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

export function PaymentForm({ action, today }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; today: string }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="payment-form">
      <ClientKeyInput key={state.ok ? state.at : 'open'} name="pay_clientKey" />
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="pay_amount" inputMode="decimal" label={t('forms.payment.amount')} state={state} required autoComplete="off" />
        <TextField name="pay_paidOn" type="date" max={today} label={t('forms.payment.date')} state={state} required defaultValue={today} />
        <SelectField name="pay_method" label={t('forms.payment.method')} state={state} required placeholder={t('forms.choose')} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${PAYMENT_METHOD_KEY[m]}`) }))} />
      </div>
      <p className="text-xs text-slate-500">{t('forms.payment.hint')}</p>
      <SubmitButton className="w-full sm:w-auto">{t('forms.payment.submit')}</SubmitButton>
    </form>
  )
}
