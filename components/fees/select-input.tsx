'use client'
// A controlled select with its label and error (the fee forms change their options when the step changes).
import { fieldProps, valueOf } from '@/components/ui/field'
import type { FormState } from '@/lib/server/action-state'

export function SelectInput({ name, label, state, options, value, onChange, placeholder, required }: { name: string; label: string; state: FormState; options: Array<{ value: string; label: string }>; value?: string; onChange?: (v: string) => void; placeholder?: string; required?: boolean }) {
  const { error, ...p } = fieldProps(name, state)
  return (
    <div>
      <label htmlFor={p.id} className="label">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </label>
      <select {...p} className="input" value={value} onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined} defaultValue={value === undefined ? (valueOf(state, name) ?? '') : undefined}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${p.id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
