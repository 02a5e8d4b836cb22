// Several fee forms share one page, so their fields carry a prefix (s_kind, p_amount…) to keep ids and labels unique.
// The action strips the prefix before the operation validates, and puts it back on the field errors for the form.
import type { FormState, FormValues } from '@/lib/server/action-state'

export function stripPrefix(values: FormValues, prefix: string): FormValues {
  const out: FormValues = {}
  for (const [k, v] of Object.entries(values)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v
  return out
}

export function prefixErrors(state: FormState, prefix: string): FormState {
  if (!state.fieldErrors) return state
  return { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [k === '_form' ? k : `${prefix}${k}`, v])) }
}
