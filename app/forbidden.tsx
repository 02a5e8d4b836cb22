import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export default async function Forbidden() {
  const t = await getTranslations('errors')
  return (
    <main className="mx-auto max-w-md p-8 text-center">
      <p className="text-5xl font-bold text-slate-300">403</p>
      <h1 className="mt-4 text-xl font-semibold">{t('forbiddenTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('forbiddenText')}</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-500 px-4 py-2 text-white">
        {t('home')}
      </Link>
    </main>
  )
}
