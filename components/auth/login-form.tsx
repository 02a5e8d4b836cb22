'use client'
import { useState } from 'react'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'

export function LoginForm() {
  const t = useTranslations('login')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    const account = String(form.get('account') ?? '').trim()
    const password = String(form.get('password') ?? '')
    if (!account || !password) return setError(t('required'))
    setPending(true)
    setError(null)
    const res = await signIn('credentials', { account, password, redirect: false })
    if (res?.ok && !res.error) {
      const next = new URLSearchParams(window.location.search).get('callbackUrl')
      window.location.assign(next && next.startsWith('/') && !next.startsWith('//') ? next : '/')
      return
    }
    setPending(false)
    setError(res?.error === 'RateLimited' ? t('rateLimited') : t('wrong'))
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <label htmlFor="account" className="mb-1 block text-sm font-medium">
          {t('account')}
        </label>
        <input id="account" name="account" autoComplete="username" className="input" required />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          {t('password')}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" className="input" required />
      </div>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  )
}
