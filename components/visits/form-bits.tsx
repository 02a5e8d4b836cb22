'use client'
// Small pieces of the visit form: a label + control + error tied with aria-describedby.
import { cn } from '@/components/ui/cn'

export type Errors = Record<string, string[] | undefined>

export function fieldId(name: string) {
  return `v-${name.replace(/\./g, '-')}`
}

export function a11y(name: string, errors: Errors) {
  const id = fieldId(name)
  const error = errors[name]?.[0]
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined } as const
}

export function FieldError({ name, errors }: { name: string; errors: Errors }) {
  const error = errors[name]?.[0]
  if (!error) return null
  return (
    <p id={`${fieldId(name)}-error`} className="field-error">
      {error}
    </p>
  )
}

export function Labelled({ name, label, errors, hint, required, children, className }: { name: string; label: React.ReactNode; errors: Errors; hint?: React.ReactNode; required?: boolean; children: React.ReactNode; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={fieldId(name)} className="label">
        {label}
        {required && <span className="ml-0.5 text-red-600" aria-hidden>*</span>}
      </label>
      {children}
      {hint && !errors[name] && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldError name={name} errors={errors} />
    </div>
  )
}

export function Choice({ name, value, checked, onChange, children }: { name: string; value: string; checked: boolean; onChange: (v: string) => void; children: React.ReactNode }) {
  return (
    <label className={cn('flex min-h-11 flex-1 cursor-pointer items-center justify-center gap-2 rounded-lg border px-3 text-sm', checked ? 'border-brand-500 bg-brand-50 font-medium text-brand-700' : 'border-slate-300 bg-white')}>
      <input type="radio" name={name} value={value} checked={checked} onChange={() => onChange(value)} className="accent-brand-500" />
      {children}
    </label>
  )
}
