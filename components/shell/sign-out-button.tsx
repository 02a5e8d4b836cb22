'use client'
import { signOut } from 'next-auth/react'

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className="min-h-11 rounded-lg px-2 text-sm text-slate-700 hover:bg-slate-100">
      {label}
    </button>
  )
}
