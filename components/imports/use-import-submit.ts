'use client'
// The submit flow both Excel imports share: check the file on the device first (chosen, not too big), send the
// whole form with the pressed button's intent, and tie the report to the file that was sent — choosing another
// file hides the old report and its import buttons.
import { startTransition, useState, type FormEvent } from 'react'

export function fileFingerprint(f: File | undefined, extra = '') {
  return f ? `${extra}:${f.name}:${f.size}:${f.lastModified}` : null
}

export function useImportSubmit(opts: {
  dispatch: (fd: FormData) => void
  chosen: string | null
  maxBytes: number
  messages: { chooseFile: string; tooLarge: (mb: string) => string }
}) {
  const [sent, setSent] = useState<string | null>(null)
  const [pendingIntent, setPendingIntent] = useState<string | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    const fd = new FormData(e.currentTarget, submitter)
    const file = fd.get('file')
    if (!(file instanceof File) || file.size === 0) return setLocalError(opts.messages.chooseFile)
    if (file.size > opts.maxBytes) return setLocalError(opts.messages.tooLarge((file.size / 1_000_000).toFixed(1)))
    setLocalError(null)
    setSent(opts.chosen)
    setPendingIntent(String(fd.get('intent') ?? 'check'))
    startTransition(() => opts.dispatch(fd))
  }

  /** A new file clears the previous file's complaint. */
  const clearLocalError = () => setLocalError(null)
  return { onSubmit, pendingIntent, localError, clearLocalError, current: sent !== null && sent === opts.chosen }
}
