'use client'
import { useFormStatus } from 'react-dom'
import { Button } from './button'

/** Disabled while the form is being sent, so a double click sends once (the server also dedupes). */
export function SubmitButton({ children, pendingText, variant, className, ...rest }: React.ComponentProps<typeof Button> & { pendingText?: string }) {
  const { pending } = useFormStatus()
  return (
    <Button type="submit" variant={variant} className={className} disabled={pending || rest.disabled} aria-disabled={pending} {...rest}>
      {pending ? (pendingText ?? '提交中…') : children}
    </Button>
  )
}
