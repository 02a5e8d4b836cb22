'use client'
import { useLocale, useTranslations } from 'next-intl'
import { useTransition } from 'react'
import { setLocaleAction } from '@/app/actions/locale'

export function LocaleSwitch() {
  const locale = useLocale()
  const t = useTranslations('nav')
  const [pending, start] = useTransition()
  return (
    <label className="inline-flex items-center gap-1 text-xs">
      <span className="sr-only">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={locale}
        disabled={pending}
        onChange={(e) => start(() => setLocaleAction(e.target.value))}
        className="rounded border border-slate-300 bg-white px-1 py-1"
      >
        <option value="zh-CN">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  )
}
