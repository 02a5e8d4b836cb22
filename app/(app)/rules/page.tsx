// Rules in force: every rule of SPEC §1–§7 with the center's current numbers and its source, for every role.
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { getSettings } from '@/lib/server/settings/get-settings'
import { calendarCoverage, ruleCatalog, toLocalDate, uncoveredYearsNotice } from '@/lib/rules'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'

export async function generateMetadata() {
  return { title: (await getTranslations('rules'))('title') }
}

export default async function RulesPage() {
  await requireUser()
  const [t, locale, settings] = await Promise.all([getTranslations('rules'), getLocale(), getSettings()])
  const rules = ruleCatalog(settings)
  const sections = [...new Set(rules.map((r) => r.section))]
  const year = Number(toLocalDate(new Date(), settings).slice(0, 4))
  const uncovered = [year, year + 1].filter((y) => !calendarCoverage(y, settings).covered)
  const zh = locale.startsWith('zh')
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} subtitle={t('subtitle', { tz: settings.timeZone })} />
      {uncovered.length > 0 && (
        <p role="status" className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900">
          {uncoveredYearsNotice(uncovered)}
        </p>
      )}
      {sections.map((section) => (
        <Card key={section} title={section}>
          <dl className="divide-y divide-slate-100">
            {rules
              .filter((r) => r.section === section)
              .map((r) => (
                <div key={r.id} id={r.id} className="grid gap-1 py-3 sm:grid-cols-[6rem_1fr]" data-testid={`rule-${r.id}`}>
                  <dt className="font-mono text-sm font-semibold text-brand-700">{r.id}</dt>
                  <dd>
                    <p className="font-medium">{zh ? r.titleZh : r.titleEn}</p>
                    <p className="mt-1 text-sm text-slate-700">{r.textZh}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {t('source')}：{r.source}
                    </p>
                  </dd>
                </div>
              ))}
          </dl>
        </Card>
      ))}
    </div>
  )
}
