import type { FormState } from '@/lib/server/action-state'

/** The form-level message after a submit (errors in red, successes in green). */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null
  const ok = state.ok === true
  return (
    <p role={ok ? 'status' : 'alert'} className={ok ? 'rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800' : 'rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700'}>
      {state.message}
    </p>
  )
}
