// A labelled form field whose error is tied to the input (aria-describedby) and whose typed value survives a failed submit.
import { createContext, useContext } from 'react'
import { cn } from './cn'
import type { FormState } from '@/lib/server/action-state'

type Common = { name: string; label: React.ReactNode; state?: FormState; hint?: React.ReactNode; className?: string; required?: boolean }

/** Several forms on one page (e.g. the step panels of a complaint) give their fields distinct ids. */
const FieldScopeContext = createContext('')

export function FieldScope({ id, children }: { id: string; children: React.ReactNode }) {
  return <FieldScopeContext.Provider value={id}>{children}</FieldScopeContext.Provider>
}

export function fieldProps(name: string, state?: FormState, scope = '') {
  const error = state?.fieldErrors?.[name]?.[0]
  const id = `f-${scope ? `${scope}-` : ''}${name}`
  return {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    error,
  }
}

function useFieldProps(name: string, state?: FormState) {
  return fieldProps(name, state, useContext(FieldScopeContext))
}

export function valueOf(state: FormState | undefined, name: string, fallback?: string) {
  const v = state?.values?.[name]
  if (v === undefined) return fallback
  return Array.isArray(v) ? v[0] : v
}

function Wrap({ id, label, hint, error, className, required, children }: Omit<Common, 'state' | 'name'> & { id: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="label">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </label>
      {children}
      {hint && !error && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

export function TextField({ name, label, state, hint, className, required, defaultValue, ...rest }: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const { error, ...p } = useFieldProps(name, state)
  return (
    <Wrap id={p.id} label={label} hint={hint} error={error} className={className} required={required}>
      <input {...rest} {...p} className="input" defaultValue={valueOf(state, name, defaultValue as string | undefined)} />
    </Wrap>
  )
}

export function TextAreaField({ name, label, state, hint, className, required, defaultValue, ...rest }: Common & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const { error, ...p } = useFieldProps(name, state)
  return (
    <Wrap id={p.id} label={label} hint={hint} error={error} className={className} required={required}>
      <textarea rows={3} {...rest} {...p} className="input" defaultValue={valueOf(state, name, defaultValue as string | undefined)} />
    </Wrap>
  )
}

export function SelectField({
  name,
  label,
  state,
  hint,
  className,
  required,
  options,
  defaultValue,
  placeholder,
  ...rest
}: Common & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'name'> & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const { error, ...p } = useFieldProps(name, state)
  return (
    <Wrap id={p.id} label={label} hint={hint} error={error} className={className} required={required}>
      <select {...rest} {...p} className="input" defaultValue={valueOf(state, name, defaultValue as string | undefined) ?? ''}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  )
}

export function CheckboxField({ name, label, state, defaultChecked, className }: { name: string; label: React.ReactNode; state?: FormState; defaultChecked?: boolean; className?: string }) {
  const v = state?.values ? state.values[name] !== undefined : defaultChecked
  return (
    <label className={cn('flex min-h-11 items-center gap-2 text-sm', className)}>
      <input type="checkbox" name={name} defaultChecked={v} className="h-5 w-5 accent-brand-500" />
      {label}
    </label>
  )
}

export function RadioGroupField({
  name,
  label,
  state,
  options,
  defaultValue,
  required,
}: {
  name: string
  label: React.ReactNode
  state?: FormState
  options: Array<{ value: string; label: string }>
  defaultValue?: string
  required?: boolean
}) {
  const { error, id } = useFieldProps(name, state)
  const current = valueOf(state, name, defaultValue)
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="label">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={o.value} defaultChecked={current === o.value} className="accent-brand-500" />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
