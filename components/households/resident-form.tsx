'use client'
// Add or correct one resident (admin/supervisor); errors beside each field, typed values kept.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState, type FormState } from '@/lib/server/action'

type Resident = { id: string; version: number; name: string; kind: 'owner' | 'tenant' | 'family'; phone: string | null; phone2: string | null; isPrimary: boolean; note: string | null }

export function ResidentForm({ action, householdId, resident }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; householdId: string; resident?: Resident }) {
  const t = useTranslations('households')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="householdId" value={householdId} />
      {resident && <input type="hidden" name="residentId" value={resident.id} />}
      {resident && <input type="hidden" name="version" value={resident.version} />}
      <FormMessage state={state} />
      <TextField name="name" label={t('residentForm.name')} state={state} required defaultValue={resident?.name ?? ''} autoComplete="off" />
      <SelectField
        name="kind"
        label={t('residentForm.kind')}
        state={state}
        required
        defaultValue={resident?.kind ?? 'owner'}
        options={(['owner', 'tenant', 'family'] as const).map((k) => ({ value: k, label: t(`residentKind.${k}`) }))}
      />
      <TextField name="phone" type="tel" inputMode="tel" label={t('residentForm.phone')} state={state} defaultValue={resident?.phone ?? ''} />
      <TextField name="phone2" type="tel" inputMode="tel" label={t('residentForm.phone2')} state={state} defaultValue={resident?.phone2 ?? ''} />
      <CheckboxField name="isPrimary" label={t('residentForm.isPrimary')} state={state} defaultChecked={resident?.isPrimary ?? false} />
      <TextAreaField name="note" label={t('residentForm.note')} state={state} defaultValue={resident?.note ?? ''} />
      <SubmitButton className="w-full" pendingText={t('form.saving')}>
        {t('residentForm.save')}
      </SubmitButton>
    </form>
  )
}
