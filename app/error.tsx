'use client'
// Unexpected errors: a reference id (Next's digest, also printed in the server log by instrumentation.ts), never a stack.
import { useTranslations } from 'next-intl'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors')
  return (
    <main className="mx-auto max-w-md p-8 text-center" role="alert">
      <h1 className="text-xl font-semibold">{t('errorTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('errorText')}</p>
      <p className="mt-4 font-mono text-sm">
        {t('reference')}: <span data-testid="error-ref">{error.digest ?? 'CLIENT'}</span>
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button onClick={reset} className="rounded-lg bg-brand-500 px-4 py-2 text-white">
          {t('retry')}
        </button>
        <a href="/" className="rounded-lg border border-slate-300 px-4 py-2">
          {t('home')}
        </a>
      </div>
    </main>
  )
}
