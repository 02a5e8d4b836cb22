'use client'
// F3/F9: the supervisor names the person responsible and classifies the arrears (version-checked).
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { CLASSIFICATIONS } from '@/lib/server/fees/constants'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { SelectField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

export function CaseForm({ action, month, version, responsibleId, classification, staff }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; month: string; version: number; responsibleId: string | null; classification: string | null; staff: Array<{ value: string; label: string }> }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="case-form">
      <input type="hidden" name="k_month" value={month} />
      <input type="hidden" name="k_version" value={version} />
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="k_responsibleId" label={t('forms.case.responsible')} state={state} options={staff} placeholder={t('household.noResponsible')} defaultValue={responsibleId ?? ''} />
        <SelectField
          name="k_classification"
          label={t('forms.case.classification')}
          state={state}
          options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
          placeholder={t('household.unclassified')}
          defaultValue={classification ?? ''}
        />
      </div>
      <SubmitButton variant="secondary" className="w-full sm:w-auto">
        {t('forms.case.submit')}
      </SubmitButton>
    </form>
  )
}
