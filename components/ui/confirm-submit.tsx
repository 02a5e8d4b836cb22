'use client'
// A destructive or final action asks first: the first click opens a confirmation, the second submits.
import { useRef } from 'react'
import { useFormStatus } from 'react-dom'
import { buttonClass } from './button'

export function ConfirmSubmit({ children, question, confirmText = '确认', cancelText = '取消', variant = 'danger' }: { children: React.ReactNode; question: string; confirmText?: string; cancelText?: string; variant?: 'danger' | 'primary' }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const { pending } = useFormStatus()
  return (
    <>
      <button type="button" className={buttonClass(variant)} disabled={pending} onClick={() => dialog.current?.showModal()}>
        {children}
      </button>
      <dialog ref={dialog} className="m-auto rounded-xl p-0 backdrop:bg-black/40">
        <div className="max-w-sm space-y-4 p-5">
          <p className="font-medium">{question}</p>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass('secondary')} onClick={() => dialog.current?.close()}>
              {cancelText}
            </button>
            <button type="submit" className={buttonClass(variant)} onClick={() => dialog.current?.close()}>
              {confirmText}
            </button>
          </div>
        </div>
      </dialog>
    </>
  )
}
