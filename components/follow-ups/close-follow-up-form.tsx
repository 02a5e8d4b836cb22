'use client'
// R4: close a follow-up with the reply given to the resident.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { TextAreaField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { initialFormState, type FormState } from '@/lib/server/action'

export function CloseFollowUpForm({ action, followUp }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; followUp: { id: string; version: number } }) {
  const t = useTranslations('visits.followUps')
  const tc = useTranslations('common')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <FormMessage state={state} />
      <TextAreaField name="reply" label={t('reply')} hint={t('replyHint')} state={state} required rows={4} />
      <ConfirmSubmit question={t('closeQuestion')} confirmText={tc('confirm')} cancelText={tc('cancel')} variant="primary">
        {t('close')}
      </ConfirmSubmit>
    </form>
  )
}
