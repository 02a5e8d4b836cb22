// The state a form action returns; safe to import from client components.
export type FormValues = Record<string, string | string[]>

export type FormState = {
  ok?: boolean
  message?: string
  fieldErrors?: Record<string, string[]>
  values?: FormValues
  /** Changes with every submit so a client can react to the same message twice. */
  at?: number
}

export const initialFormState: FormState = {}
