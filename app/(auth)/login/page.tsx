import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { getActor } from '@/lib/auth/actor'
import { HOME_BY_ROLE } from '@/lib/auth/roles'
import { LoginForm } from '@/components/auth/login-form'
import { LocaleSwitch } from '@/components/shell/locale-switch'

export async function generateMetadata() {
  const t = await getTranslations('login')
  return { title: t('title') }
}

export default async function LoginPage() {
  const actor = await getActor()
  if (actor) redirect(HOME_BY_ROLE[actor.role])
  const t = await getTranslations()
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <div className="mb-6 text-center">
          <p className="text-2xl font-bold text-brand-600">{t('app.name')}</p>
          <p className="text-sm text-slate-500">{t('app.tagline')}</p>
        </div>
        <h1 className="sr-only">{t('login.title')}</h1>
        <LoginForm />
        <div className="mt-6 flex items-center justify-between text-xs text-slate-500">
          <span>{t('login.demoHint')}</span>
          <LocaleSwitch />
        </div>
      </div>
    </main>
  )
}
