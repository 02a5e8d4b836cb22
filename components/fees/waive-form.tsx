'use client'
// F4: waive (or charge again) one bill's late fee, with a reason; supervisor only.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

export function WaiveForm({ action, billId, version, waived, prefix }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; billId: string; version: number; waived: boolean; prefix: string }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="prefix" value={prefix} />
      <input type="hidden" name={`${prefix}billId`} value={billId} />
      <input type="hidden" name={`${prefix}version`} value={version} />
      {!waived && <input type="hidden" name={`${prefix}waive`} value="on" />}
      <TextField name={`${prefix}reason`} label={t('forms.waive.reason')} state={state} className="min-w-0 flex-1" autoComplete="off" />
      <SubmitButton variant="secondary">{waived ? t('forms.waive.charge') : t('forms.waive.waive')}</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  )
}
