'use client'
import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { registerRepairAction } from '@/app/(app)/repairs/actions'
import { initialFormState } from '@/lib/server/action-state'
import { ClientKeyInput } from '@/components/ui/client-key'
import { CheckboxField, SelectField, TextAreaField, TextField, fieldProps, valueOf } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { HouseholdPicker } from '@/components/households/household-picker'
import { REPAIR_CATEGORY_VALUES } from '@/lib/validation/repair'

export function RegisterRepairForm({
  initialHousehold,
  defaultReportedAt,
  replyHours,
  fixTargets,
}: {
  initialHousehold?: { id: string; roomNo: string }
  defaultReportedAt: string
  replyHours: { urgent: number; general: number }
  /** category → the §3.1 fix target text, shown beside the choice */
  fixTargets: Record<string, string>
}) {
  const t = useTranslations('repairs')
  const [state, action] = useActionState(registerRepairAction, initialFormState)
  const chosenId = valueOf(state, 'householdId')
  const chosenLabel = valueOf(state, 'householdIdLabel')
  const [category, setCategory] = useState(valueOf(state, 'category') ?? '')
  return (
    <form action={action} className="space-y-4" noValidate>
      <ClientKeyInput />
      <FormMessage state={state} />
      <HouseholdPicker
        key={state.at ?? 0}
        label={t('fields.household')}
        error={fieldProps('householdId', state).error}
        initial={chosenId && chosenLabel ? { id: chosenId, roomNo: chosenLabel } : initialHousehold}
      />
      <SelectField
        name="category"
        label={t('fields.category')}
        state={state}
        required
        placeholder={t('detail.choose')}
        options={REPAIR_CATEGORY_VALUES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        onChange={(e) => setCategory(e.target.value)}
        hint={fixTargets[category] ? t('detail.fixTargetHint', { text: fixTargets[category] }) : undefined}
      />
      <div className="flex flex-col">
        <CheckboxField name="urgent" label={t('fields.urgent')} state={state} />
        <CheckboxField name="severe" label={t('fields.severe')} state={state} />
        {fieldProps('severe', state).error && <p className="field-error">{fieldProps('severe', state).error}</p>}
      </div>
      <TextAreaField name="description" label={t('fields.description')} state={state} required rows={3} />
      <TextField name="reportedAt" label={t('fields.reportedAt')} state={state} type="datetime-local" required defaultValue={defaultReportedAt} hint={t('hints.reportedAt')} />
      <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="reply-rule">
        {t('hints.reply', replyHours)}
      </p>
      <SubmitButton className="w-full sm:w-auto">{t('submit.register')}</SubmitButton>
    </form>
  )
}
