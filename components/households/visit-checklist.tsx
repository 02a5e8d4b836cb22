// The seed's visit method (000 第一步–第八步, 十分钟法则, 第三步 观察六要素) as a short collapsible reminder.
import { getTranslations } from 'next-intl/server'

const STEPS = ['prepare', 'enter', 'praise', 'ask', 'listen', 'resist', 'trust', 'leave'] as const

export async function VisitChecklist({ open = false }: { open?: boolean }) {
  const t = await getTranslations('households.checklist')
  return (
    <details className="group rounded-xl border border-slate-200 bg-white shadow-sm" open={open}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-4 py-3 font-semibold">
        {t('title')}
        <span aria-hidden className="text-slate-400 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="space-y-3 border-t border-slate-100 px-4 py-3 text-sm text-slate-700">
        <ol className="list-decimal space-y-1 pl-5">
          {STEPS.map((s) => (
            <li key={s}>{t(`steps.${s}`)}</li>
          ))}
        </ol>
        <p>{t('tenMinutes')}</p>
        <p>
          <span className="font-medium">{t('observeTitle')}：</span>
          {t('observe')}
        </p>
        <p>
          <span className="font-medium">{t('hintsTitle')}：</span>
          {t('hints')}
        </p>
      </div>
    </details>
  )
}
