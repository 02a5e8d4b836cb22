// The one action wrapper: forms return errors (they never throw at the user), typed values come back,
// unexpected errors get a reference id that is also in the server log.
import { unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { AppError, isAppError, newErrorRef } from '@/lib/errors'

import type { FormState, FormValues } from './action-state'

export { initialFormState, type FormState, type FormValues } from './action-state'

/** Form fields as strings (repeated names become arrays); files are left out. */
export function formValues(fd: FormData): FormValues {
  const out: FormValues = {}
  for (const [k, v] of fd.entries()) {
    if (typeof v !== 'string' || k.startsWith('$ACTION')) continue
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

/** Parses with a zod schema; a failure becomes an INVALID AppError carrying each field's Chinese message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of r.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_form'
    ;(fieldErrors[key] ??= []).push(issue.message)
  }
  throw new AppError('INVALID', undefined, fieldErrors)
}

export function errorState(e: unknown, values?: FormValues): FormState {
  if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values, at: Date.now() }
  const ref = newErrorRef()
  console.error(`[管家台] error ref=${ref}`, e)
  return { ok: false, message: `系统出错，请稍后重试（参考编号 ${ref}）`, values, at: Date.now() }
}

/** Runs a form action: redirects pass through, errors become a FormState with the typed values. */
export async function handleForm(fd: FormData, fn: (values: FormValues) => Promise<FormState | void>): Promise<FormState> {
  const values = formValues(fd)
  try {
    return (await fn(values)) ?? { ok: true, at: Date.now() }
  } catch (e) {
    unstable_rethrow(e)
    return errorState(e, values)
  }
}

/** Optimistic locking: an update guarded by `version` that touched nothing means someone else saved first. */
export function assertUpdated(count: number) {
  if (count === 0) throw new AppError('CONFLICT')
}
