'use client'
// Upload → check (dry run) → import all or only the good rows. One form: every button sends the chosen file again,
// and the form is never reset, so the file stays selected between the check and the import (docs/decisions/0004).
import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/form-message'
import { MAX_FILE_BYTES } from '@/lib/server/households/import/columns'
import type { ImportState } from '@/lib/server/households/import/import-state'
import { ImportCommitButton } from './import-commit-button'
import { ImportReportView } from './import-report'
import { fileFingerprint, useImportSubmit } from '@/components/imports/use-import-submit'

export function ImportForm({ action }: { action: (state: ImportState, fd: FormData) => Promise<ImportState> }) {
  const t = useTranslations('imports')
  const [state, dispatch, pending] = useActionState(action, {})
  const [chosen, setChosen] = useState<string | null>(null)
  const { onSubmit, pendingIntent, localError, clearLocalError, current } = useImportSubmit({
    dispatch,
    chosen,
    maxBytes: MAX_FILE_BYTES,
    messages: { chooseFile: t('chooseFile'), tooLarge: (size) => t('tooLarge', { size }) },
  })
  // The report (and the import buttons) belong to the file that was sent; choosing another file hides them.
  const report = current ? state.report : undefined
  const done = current && state.written !== undefined
  const message = current || !state.report ? state : {}

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <label htmlFor="import-file" className="label">
          {t('fileLabel')}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-700"
          aria-describedby="import-file-hint"
          onChange={(e) => {
            setChosen(fileFingerprint(e.currentTarget.files?.[0]))
            clearLocalError()
          }}
        />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
          {t('fileHint')}
        </p>
        <div className="mt-3">
          <Button type="submit" name="intent" value="check" variant="secondary" className="w-full sm:w-auto" disabled={pending}>
            {pending && pendingIntent === 'check' ? t('checking') : t('check')}
          </Button>
        </div>
      </div>

      {localError && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
          {localError}
        </p>
      )}
      {!localError && !pending && <FormMessage state={message} />}
      {!pending && state.report && !current && chosen !== null && <p className="text-sm text-amber-800">{t('fileChanged')}</p>}

      {report && (
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <ImportReportView report={report} />
          {!done && (
            <div className="mt-4 space-y-2 border-t border-slate-100 pt-4">
              <input type="hidden" name="hash" value={report.hash} />
              <p className="text-sm font-medium">{t('chooseMode')}</p>
              <div className="flex flex-col gap-2 sm:flex-row">
                <ImportCommitButton
                  mode="all"
                  variant="primary"
                  label={pending && pendingIntent === 'all' ? t('importing') : t('importAll')}
                  question={t('confirmAll')}
                  confirmText={t('confirm')}
                  cancelText={t('cancel')}
                  disabled={pending}
                />
                <ImportCommitButton
                  mode="goodOnly"
                  variant="secondary"
                  label={pending && pendingIntent === 'goodOnly' ? t('importing') : t('importGood')}
                  question={t('confirmGood', { bad: report.counts.badRows, good: report.counts.goodRows })}
                  confirmText={t('confirm')}
                  cancelText={t('cancel')}
                  disabled={pending || report.counts.goodRows === 0}
                />
              </div>
            </div>
          )}
        </div>
      )}

      {done && state.written && report && (
        <section className="rounded-xl border border-emerald-200 bg-emerald-50 p-4" aria-labelledby="import-result-title" data-testid="import-result">
          <h2 id="import-result-title" className="mb-2 font-semibold text-emerald-900">
            {t('resultTitle')}
          </h2>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
            {(['householdsCreated', 'householdsUpdated', 'residentsAdded', 'residentsUpdated', 'buildingsCreated'] as const).map((k) => (
              <div key={k}>
                <dt className="text-emerald-800">{t(`written.${k}`)}</dt>
                <dd className="text-lg font-semibold tabular-nums" data-testid={`written-${k}`}>
                  {state.written![k]}
                </dd>
              </div>
            ))}
            <div>
              <dt className="text-emerald-800">{t('written.skipped')}</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid="written-skipped">
                {report.counts.badRows}
              </dd>
            </div>
          </dl>
        </section>
      )}
    </form>
  )
}
