'use client'
// Delete a resident after a confirmation; a stale version or a refusal is shown beside the button.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { FormMessage } from '@/components/ui/form-message'
import { initialFormState, type FormState } from '@/lib/server/action'

export function RemoveResidentButton({ action, householdId, resident }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; householdId: string; resident: { id: string; version: number; name: string } }) {
  const t = useTranslations('households.residentForm')
  const tc = useTranslations('common')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="householdId" value={householdId} />
      <input type="hidden" name="residentId" value={resident.id} />
      <input type="hidden" name="version" value={resident.version} />
      <ConfirmSubmit question={t('removeQuestion', { name: resident.name })} confirmText={tc('confirm')} cancelText={tc('cancel')}>
        {t('remove')}
      </ConfirmSubmit>
      {state.ok === false && <FormMessage state={state} />}
    </form>
  )
}
