'use client'
// F3: "生成本月欠费名单" (supervisor), asking first.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { FormMessage } from '@/components/ui/form-message'

export function CompileForm({ action, month }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; month: string }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="month" value={month} />
      <ConfirmSubmit variant="primary" question={t('list.compileQuestion', { month })} confirmText={t('list.compile')} cancelText={t('import.cancel')}>
        {t('list.compile')}
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  )
}
