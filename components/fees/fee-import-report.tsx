// The fee import's dry-run report: counts, ignored columns and a table of every bad row (row, column, reason).
import { useTranslations } from 'next-intl'
import type { FeeImportReport } from '@/lib/server/fees/import/types'

export const ISSUES_SHOWN = 1000
const COUNT_KEYS = ['rows', 'badRows', 'toCreate', 'toUpdate', 'unchanged', 'households'] as const

export function FeeImportReportView({ report }: { report: FeeImportReport }) {
  const t = useTranslations('fees')
  const shown = report.issues.slice(0, ISSUES_SHOWN)
  return (
    <section aria-labelledby="fee-import-report-title" className="space-y-4" data-testid="import-report">
      <h2 id="fee-import-report-title" className="break-all text-base font-semibold">
        {t('import.reportTitle', { file: report.fileName })} · {t(`import.kinds.${report.kind}`)}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {COUNT_KEYS.map((k) => (
          <div key={k} className={`rounded-lg border px-3 py-2 ${k === 'badRows' && report.counts.badRows > 0 ? 'border-red-200 bg-red-50' : 'border-slate-200 bg-slate-50'}`}>
            <dt className="text-xs text-slate-600">{t(`import.counts.${k}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${k}`}>
              {report.counts[k]}
            </dd>
          </div>
        ))}
      </dl>
      {report.ignoredColumns.length > 0 && <p className="text-sm text-slate-600">{t('import.ignoredColumns', { columns: report.ignoredColumns.join('、') })}</p>}
      {report.issues.length === 0 ? (
        <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{t('import.noIssues')}</p>
      ) : (
        <div className="space-y-2">
          <h3 className="font-medium text-red-700">{t('import.issuesTitle', { count: report.counts.badRows })}</h3>
          <div className="max-h-96 overflow-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm" data-testid="import-issues">
              <thead className="sticky top-0 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('import.issue.row')}</th>
                  <th scope="col" className="px-3 py-2">{t('import.issue.column')}</th>
                  <th scope="col" className="px-3 py-2">{t('import.issue.reason')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((i, n) => (
                  <tr key={`${i.row}-${i.column}-${n}`}>
                    <td className="px-3 py-2 tabular-nums">{i.row}</td>
                    <td className="whitespace-nowrap px-3 py-2">{i.column}</td>
                    <td className="min-w-40 px-3 py-2">{i.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.issues.length > shown.length && <p className="text-sm text-slate-600">{t('import.issuesMore', { shown: shown.length, total: report.issues.length })}</p>}
        </div>
      )}
    </section>
  )
}
