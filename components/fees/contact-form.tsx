'use client'
// F8: add an alternative contact with its source; remove one (asks first).
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { CONTACT_RELATIONS } from '@/lib/server/fees/constants'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

type Action = (prev: FormState, fd: FormData) => Promise<FormState>

export function ContactForm({ action }: { action: Action }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="contact-form">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="c_name" label={t('forms.contact.name')} state={state} required autoComplete="off" />
        <SelectField name="c_relation" label={t('forms.contact.relation')} state={state} required placeholder={t('forms.choose')} options={CONTACT_RELATIONS.map((r) => ({ value: r, label: t(`relations.${r}`) }))} />
        <TextField name="c_phone" type="tel" inputMode="tel" label={t('forms.contact.phone')} state={state} required autoComplete="off" />
        <TextField name="c_source" label={t('forms.contact.source')} hint={t('forms.contact.sourceHint')} state={state} required autoComplete="off" />
      </div>
      <SubmitButton variant="secondary" className="w-full sm:w-auto">
        {t('forms.contact.submit')}
      </SubmitButton>
    </form>
  )
}

export function RemoveContactButton({ action }: { action: Action }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction}>
      <ConfirmSubmit question={t('forms.contact.removeQuestion')} confirmText={t('forms.contact.remove')} cancelText={t('import.cancel')}>
        {t('forms.contact.remove')}
      </ConfirmSubmit>
      {!state.ok && <FormMessage state={state} />}
    </form>
  )
}
