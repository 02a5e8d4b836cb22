// The household import's dry-run report (the shared report body with this import's counts and texts).
import { useTranslations } from 'next-intl'
import type { ImportReport } from '@/lib/server/households/import/types'
import { ImportReportBody } from '@/components/imports/import-report'

export { ISSUES_SHOWN } from '@/components/imports/import-report'

const COUNT_KEYS = ['rows', 'badRows', 'householdsToCreate', 'householdsToUpdate', 'householdsUnchanged', 'residentsToAdd', 'residentsToUpdate', 'buildingsToCreate'] as const

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations('imports')
  return (
    <ImportReportBody
      badRows={report.counts.badRows}
      issues={report.issues}
      counts={COUNT_KEYS.map((k) => ({ key: k, label: t(`counts.${k}`), value: report.counts[k] }))}
      labels={{
        title: t('reportTitle', { file: report.fileName }),
        ignoredColumns: report.ignoredColumns.length > 0 ? t('ignoredColumns', { columns: report.ignoredColumns.join('、') }) : null,
        noIssues: t('noIssues'),
        issuesTitle: t('issuesTitle', { count: report.counts.badRows }),
        issuesMore: (shown, total) => t('issuesMore', { shown, total }),
        row: t('issue.row'),
        column: t('issue.column'),
        reason: t('issue.reason'),
      }}
    />
  )
}
