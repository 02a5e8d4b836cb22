'use client'
// R4: route a follow-up to another department or person.
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { SelectField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState, type FormState } from '@/lib/server/action'
import { DEPARTMENTS } from '@/lib/validation/follow-up'

export function ReassignFollowUpForm({
  action,
  followUp,
  assignees,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>
  followUp: { id: string; version: number; department: string | null; assigneeId: string | null }
  assignees: Array<{ id: string; name: string; role: string; department: string | null }>
}) {
  const t = useTranslations('visits')
  const tr = useTranslations('roles')
  const [state, formAction] = useActionState(action, initialFormState)
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={followUp.id} />
      <input type="hidden" name="version" value={followUp.version} />
      <FormMessage state={state} />
      <SelectField
        name="department"
        label={t('department')}
        state={state}
        required
        defaultValue={followUp.department ?? ''}
        placeholder="—"
        options={DEPARTMENTS.map((d) => ({ value: d, label: t(`departments.${d}`) }))}
      />
      <SelectField
        name="assigneeId"
        label={t('assignee')}
        state={state}
        defaultValue={followUp.assigneeId ?? ''}
        placeholder={t('followUps.unassigned')}
        options={assignees.map((a) => ({ value: a.id, label: t('withRole', { name: a.name, role: a.department && (DEPARTMENTS as readonly string[]).includes(a.department) ? t(`departments.${a.department as (typeof DEPARTMENTS)[number]}`) : tr(a.role as 'housekeeper') }) }))}
      />
      <SubmitButton variant="secondary" className="w-full">
        {t('followUps.reassignSave')}
      </SubmitButton>
    </form>
  )
}
