'use client'
import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { registerComplaintAction } from '@/app/(app)/complaints/actions'
import { initialFormState } from '@/lib/server/action-state'
import { RepeatOfSelect } from './repeat-of-select'
import { ClientKeyInput } from '@/components/ui/client-key'
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, TextField, fieldProps, valueOf } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { HouseholdPicker } from '@/components/households/household-picker'
import { CATEGORY_VALUES, CHANNEL_VALUES } from '@/lib/validation/complaint'

export function RegisterComplaintForm({ initialHousehold, defaultChannel }: { initialHousehold?: { id: string; roomNo: string }; defaultChannel: string }) {
  const t = useTranslations('complaints')
  const [state, action] = useActionState(registerComplaintAction, initialFormState)
  const chosenId = valueOf(state, 'householdId')
  const chosenLabel = valueOf(state, 'householdIdLabel')
  const [householdId, setHouseholdId] = useState<string | null>(initialHousehold?.id ?? null)
  return (
    <form action={action} className="space-y-4" noValidate>
      <ClientKeyInput />
      <FormMessage state={state} />
      <HouseholdPicker
        key={state.at ?? 0}
        label={t('fields.household')}
        error={fieldProps('householdId', state).error}
        initial={chosenId && chosenLabel ? { id: chosenId, roomNo: chosenLabel } : initialHousehold}
        onChange={(h) => setHouseholdId(h?.id ?? null)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="channel" label={t('fields.channel')} state={state} required defaultValue={defaultChannel} options={CHANNEL_VALUES.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        <SelectField name="category" label={t('fields.category')} state={state} required placeholder={t('detail.choose')} options={CATEGORY_VALUES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
      </div>
      <RadioGroupField name="nature" label={t('fields.nature')} state={state} required options={['effective', 'help', 'question', 'venting'].map((n) => ({ value: n, label: t(`nature.${n}`) }))} />
      <RadioGroupField name="urgency" label={t('fields.urgency')} state={state} required defaultValue="general" options={['urgent', 'general'].map((u) => ({ value: u, label: t(`urgency.${u}`) }))} />
      <TextAreaField name="residentWords" label={t('fields.residentWords')} state={state} required rows={4} hint={t('hints.residentWords')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="householdsAffected" label={t('fields.householdsAffected')} state={state} type="number" inputMode="numeric" min={1} defaultValue="1" required />
        <TextField name="subcategory" label={t('fields.subcategory')} state={state} />
      </div>
      <div className="flex flex-wrap gap-x-6">
        <CheckboxField name="injury" label={t('fields.injury')} state={state} />
        <CheckboxField name="propertyDamageOrSafety" label={t('fields.propertyDamageOrSafety')} state={state} />
      </div>
      <TextField name="arrivalAt" label={t('fields.arrivalAt')} state={state} type="datetime-local" hint={t('hints.arrivalAt')} />
      <RepeatOfSelect householdId={householdId} label={t('fields.repeatOf')} noneLabel={t('fields.repeatOfNone')} hint={t('hints.repeatOf')} defaultValue={valueOf(state, 'repeatOfId')} />
      <SubmitButton className="w-full sm:w-auto">{t('submit.register')}</SubmitButton>
    </form>
  )
}
