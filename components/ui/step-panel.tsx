'use client'
// A titled card holding one step form of a record page, and the hook that binds the record's id to its action.
import { useActionState, useId } from 'react'
import { FieldScope } from './field'
import { initialFormState, type FormState } from '@/lib/server/action-state'

type Bound = (prev: FormState, fd: FormData) => Promise<FormState>

export function StepPanel({ title, children, level = 3 }: { title: string; children: React.ReactNode; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3'
  const scope = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4">
      <H className="mb-3 font-semibold">{title}</H>
      <FieldScope id={scope}>{children}</FieldScope>
    </section>
  )
}

/** `useActionState` for an action taking the record id first: `(id, prev, formData)`. */
export function useStepAction(action: (id: string, prev: FormState, fd: FormData) => Promise<FormState>, id: string) {
  return useActionState(action.bind(null, id) as Bound, initialFormState)
}
