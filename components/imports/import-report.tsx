// A dry-run report of any Excel import: counts, ignored columns and a table of every bad row (row, column, reason).
export type ImportIssue = { row: number; column: string; reason: string }

/** Beyond this the table stops (the counts still cover every row); the person fixes the file and checks again. */
export const ISSUES_SHOWN = 1000

export type ImportReportLabels = {
  title: string
  ignoredColumns: string | null
  noIssues: string
  issuesTitle: string
  issuesMore: (shown: number, total: number) => string
  row: string
  column: string
  reason: string
}

export function ImportReportBody({
  labels,
  counts,
  issues,
  badRows,
  columns = 4,
}: {
  labels: ImportReportLabels
  counts: Array<{ key: string; label: string; value: number }>
  issues: ImportIssue[]
  badRows: number
  columns?: 3 | 4
}) {
  const shown = issues.slice(0, ISSUES_SHOWN)
  return (
    <section aria-labelledby="import-report-title" className="space-y-4" data-testid="import-report">
      <h2 id="import-report-title" className="break-all text-base font-semibold">
        {labels.title}
      </h2>
      <dl className={`grid grid-cols-2 gap-2 ${columns === 4 ? 'sm:grid-cols-4' : 'sm:grid-cols-3'}`} data-testid="import-counts">
        {counts.map((c) => (
          <div key={c.key} className={`rounded-lg border px-3 py-2 ${c.key === 'badRows' && badRows > 0 ? 'border-red-200 bg-red-50' : 'border-slate-200 bg-slate-50'}`}>
            <dt className="text-xs text-slate-600">{c.label}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${c.key}`}>
              {c.value}
            </dd>
          </div>
        ))}
      </dl>
      {labels.ignoredColumns && <p className="text-sm text-slate-600">{labels.ignoredColumns}</p>}
      {issues.length === 0 ? (
        <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{labels.noIssues}</p>
      ) : (
        <div className="space-y-2">
          <h3 className="font-medium text-red-700">{labels.issuesTitle}</h3>
          <div className="max-h-96 overflow-auto rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm" data-testid="import-issues">
              <thead className="sticky top-0 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{labels.row}</th>
                  <th scope="col" className="px-3 py-2">{labels.column}</th>
                  <th scope="col" className="px-3 py-2">{labels.reason}</th>
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
          {issues.length > shown.length && <p className="text-sm text-slate-600">{labels.issuesMore(shown.length, issues.length)}</p>}
        </div>
      )}
    </section>
  )
}
