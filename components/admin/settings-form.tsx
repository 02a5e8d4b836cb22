'use client'
import { useActionState } from 'react'
import { saveSettingsAction } from '@/app/(app)/admin/settings/actions'
import { initialFormState } from '@/lib/server/action-state'
import { TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

type F = { path: string; label: string; group: string; value: string; kind: string }

export function SettingsForm({ fields, groups, version }: { fields: F[]; groups: string[]; version: number }) {
  const [state, action] = useActionState(saveSettingsAction, initialFormState)
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {groups.map((g) => (
        <fieldset key={g} className="rounded-xl border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">{g}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {fields
              .filter((f) => f.group === g)
              .map((f) => (
                <TextField key={f.path} name={f.path} label={f.label} state={state} defaultValue={f.value} inputMode={f.kind === 'int' || f.kind === 'rate' || f.kind === 'percent' ? 'decimal' : undefined} />
              ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton>保存规则参数</SubmitButton>
    </form>
  )
}
