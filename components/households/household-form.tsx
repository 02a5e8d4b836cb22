'use client'
// Admin/supervisor: occupancy, move-in date, key attention, note. A stale `version` is refused (CONFLICT)
// and the typed values stay in the form.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { CheckboxField, RadioGroupField, TextAreaField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState, type FormState } from '@/lib/server/action'

type Household = { id: string; version: number; occupancy: 'occupied' | 'notMovedIn'; moveInDate: string | null; keyAttention: boolean; note: string | null }

export function HouseholdForm({ action, household }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; household: Household }) {
  const t = useTranslations('households')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="id" value={household.id} />
      <input type="hidden" name="version" value={household.version} />
      <FormMessage state={state} />
      <RadioGroupField
        name="occupancy"
        label={t('form.occupancy')}
        state={state}
        required
        defaultValue={household.occupancy}
        options={[
          { value: 'occupied', label: t('occupancy.occupied') },
          { value: 'notMovedIn', label: t('occupancy.notMovedIn') },
        ]}
      />
      <TextField type="date" name="moveInDate" label={t('form.moveInDate')} state={state} defaultValue={household.moveInDate ?? ''} />
      <CheckboxField name="keyAttention" label={t('form.keyAttention')} state={state} defaultChecked={household.keyAttention} />
      <TextAreaField name="note" label={t('form.note')} state={state} defaultValue={household.note ?? ''} />
      <SubmitButton className="w-full" pendingText={t('form.saving')}>
        {t('form.save')}
      </SubmitButton>
    </form>
  )
}
