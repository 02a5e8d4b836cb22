'use client'
// Remove a profile entry after a confirmation.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { FormMessage } from '@/components/ui/form-message'
import { initialFormState, type FormState } from '@/lib/server/action'

export function RemoveProfileItemButton({ action, householdId, item }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; householdId: string; item: { id: string; version: number } }) {
  const t = useTranslations('households.profileItems')
  const tc = useTranslations('common')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction}>
      <input type="hidden" name="householdId" value={householdId} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <ConfirmSubmit question={t('removeQuestion')} confirmText={tc('confirm')} cancelText={tc('cancel')}>
        {t('remove')}
      </ConfirmSubmit>
      {state.ok === false && <FormMessage state={state} />}
    </form>
  )
}
