// F9: the approach and a few phrases for the household's arrears classification (from 003 九招), short and collapsible.
import { getTranslations } from 'next-intl/server'
import type { Classification } from '@/lib/server/fees/constants'

export async function TalkHints({ classification }: { classification: Classification | null }) {
  const t = await getTranslations('fees')
  if (!classification) return <p className="text-sm text-slate-600">{t('household.hintsNone')}</p>
  const phrases = t.raw(`hints.${classification}.phrases`) as string[]
  return (
    <details className="group rounded-xl border border-sky-200 bg-sky-50" data-testid="talk-hints">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2 text-sm font-semibold text-sky-900">
        {t('household.hintsTitle', { classification: t(`classification.${classification}`) })}
        <span aria-hidden className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="space-y-2 px-4 pb-3 text-sm text-slate-800">
        <p className="text-xs text-sky-800">{t(`hints.${classification}.source`)}</p>
        <p>{t(`hints.${classification}.approach`)}</p>
        <ul className="space-y-1">
          {phrases.map((p) => (
            <li key={p} className="rounded-lg bg-white px-3 py-2 text-slate-700">
              「{p}」
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}
