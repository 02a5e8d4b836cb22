'use client'
// An import button that asks first; the confirming button submits the form with intent=<mode> (so the file is sent again).
import { useRef } from 'react'
import { buttonClass } from '@/components/ui/button'

export function ImportCommitButton({ mode, label, question, confirmText, cancelText, disabled, variant }: { mode: 'all' | 'goodOnly'; label: string; question: string; confirmText: string; cancelText: string; disabled?: boolean; variant: 'primary' | 'secondary' }) {
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" className={buttonClass(variant, 'w-full sm:w-auto')} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} aria-label={label} className="m-auto w-[calc(100%-2rem)] max-w-sm rounded-xl p-0 backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <p className="font-medium">{question}</p>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass('secondary')} onClick={() => dialog.current?.close()}>
              {cancelText}
            </button>
            <button type="submit" name="intent" value={mode} className={buttonClass('primary')} onClick={() => dialog.current?.close()}>
              {confirmText}
            </button>
          </div>
        </div>
      </dialog>
    </>
  )
}
