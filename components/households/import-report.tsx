// The dry-run report: counts, ignored columns and a table of every bad row (row, column, reason).
import { useTranslations } from 'next-intl'
import type { ImportReport } from '@/lib/server/households/import/types'

/** Beyond this the table stops (the counts still cover every row); the person fixes the file and checks again. */
export const ISSUES_SHOWN = 1000

const COUNT_KEYS = ['rows', 'badRows', 'householdsToCreate', 'householdsToUpdate', 'householdsUnchanged', 'residentsToAdd', 'residentsToUpdate', 'buildingsToCreate'] as const

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations('imports')
  const shown = report.issues.slice(0, ISSUES_SHOWN)
  return (
    <section aria-labelledby="import-report-title" className="space-y-4" data-testid="import-report">
      <h2 id="import-report-title" className="break-all text-base font-semibold">
        {t('reportTitle', { file: report.fileName })}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="import-counts">
        {COUNT_KEYS.map((k) => (
          <div key={k} className={`rounded-lg border px-3 py-2 ${k === 'badRows' && report.counts.badRows > 0 ? 'border-red-200 bg-red-50' : 'border-slate-200 bg-slate-50'}`}>
            <dt className="text-xs text-slate-600">{t(`counts.${k}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${k}`}>
              {report.counts[k]}
            </dd>
          </div>
        ))}
      </dl>
      {report.ignoredColumns.length > 0 && <p className="text-sm text-slate-600">{t('ignoredColumns', { columns: report.ignoredColumns.join('、') })}</p>}
      {report.issues.length === 0 ? (
        <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{t('noIssues')}</p>
      ) : (
        <div className="space-y-2">
          <h3 className="font-medium text-red-700">{t('issuesTitle', { count: report.counts.badRows })}</h3>
          <div className="max-h-96 overflow-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm" data-testid="import-issues">
              <thead className="sticky top-0 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('issue.row')}</th>
                  <th scope="col" className="px-3 py-2">{t('issue.column')}</th>
                  <th scope="col" className="px-3 py-2">{t('issue.reason')}</th>
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
          {report.issues.length > shown.length && <p className="text-sm text-slate-600">{t('issuesMore', { shown: shown.length, total: report.issues.length })}</p>}
        </div>
      )}
    </section>
  )
}
