// The fee import's dry-run report (the shared report body with this import's counts and texts).
import { useTranslations } from 'next-intl'
import type { FeeImportReport } from '@/lib/server/fees/import/types'
import { ImportReportBody } from '@/components/imports/import-report'

const COUNT_KEYS = ['rows', 'badRows', 'toCreate', 'toUpdate', 'unchanged', 'households'] as const

export function FeeImportReportView({ report }: { report: FeeImportReport }) {
  const t = useTranslations('fees')
  return (
    <ImportReportBody
      columns={3}
      badRows={report.counts.badRows}
      issues={report.issues}
      counts={COUNT_KEYS.map((k) => ({ key: k, label: t(`import.counts.${k}`), value: report.counts[k] }))}
      labels={{
        title: `${t('import.reportTitle', { file: report.fileName })} · ${t(`import.kinds.${report.kind}`)}`,
        ignoredColumns: report.ignoredColumns.length > 0 ? t('import.ignoredColumns', { columns: report.ignoredColumns.join('、') }) : null,
        noIssues: t('import.noIssues'),
        issuesTitle: t('import.issuesTitle', { count: report.counts.badRows }),
        issuesMore: (shown, total) => t('import.issuesMore', { shown, total }),
        row: t('import.issue.row'),
        column: t('import.issue.column'),
        reason: t('import.issue.reason'),
      }}
    />
  )
}
