'use client'
import { useActionState } from 'react'
import { recordRainDayAction, saveCalendarDayAction } from '@/app/(app)/admin/settings/actions'
import { initialFormState } from '@/lib/server/action-state'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

export function CalendarDayForm() {
  const [state, action] = useActionState(saveCalendarDayAction, initialFormState)
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_1fr_auto]" noValidate>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
      <TextField name="date" label="日期" type="date" state={state} required />
      <SelectField name="working" label="这一天" state={state} placeholder="请选择" options={[{ value: '0', label: '放假（不计工作日）' }, { value: '1', label: '调休上班（计工作日）' }]} required />
      <TextField name="name" label="名称（可选）" state={state} placeholder="如 春节" />
      <SubmitButton variant="secondary">保存</SubmitButton>
    </form>
  )
}

export function RainDayForm({ today }: { today: string }) {
  const [state, action] = useActionState(recordRainDayAction, initialFormState)
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <TextField name="date" label="降雨日期" type="date" state={state} defaultValue={today} max={today} />
      <SubmitButton variant="secondary">记录降雨</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  )
}
