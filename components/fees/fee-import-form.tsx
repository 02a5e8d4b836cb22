'use client'
// Upload → check (dry run) → import all or only the good rows, for bills or payments. One form: every button sends the
// chosen file again and the form is never reset, so the file stays selected between the check and the import
// (as the household import, docs/decisions/0004).
import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/form-message'
import { ImportCommitButton } from '@/components/households/import-commit-button'
import { MAX_FEE_FILE_BYTES } from '@/lib/server/fees/import/columns'
import type { FeeImportState } from '@/lib/server/fees/import/import-state'
import { FeeImportReportView } from './fee-import-report'
import { fileFingerprint, useImportSubmit } from '@/components/imports/use-import-submit'

export function FeeImportForm({ action }: { action: (state: FeeImportState, fd: FormData) => Promise<FeeImportState> }) {
  const t = useTranslations('fees')
  const [state, dispatch, pending] = useActionState(action, {})
  const [file, setFile] = useState<File | undefined>()
  const [kind, setKind] = useState<'bills' | 'payments'>('bills')
  const chosen = fileFingerprint(file, kind)
  const { onSubmit, pendingIntent, localError, clearLocalError, current } = useImportSubmit({
    dispatch,
    chosen,
    maxBytes: MAX_FEE_FILE_BYTES,
    messages: { chooseFile: t('import.chooseFile'), tooLarge: (size) => t('import.tooLarge', { size }) },
  })
  const report = current ? state.report : undefined
  const done = current && state.written !== undefined
  const message = current || !state.report ? state : {}

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <fieldset>
          <legend className="label">{t('import.kind')}</legend>
          <div className="flex flex-wrap gap-2">
            {(['bills', 'payments'] as const).map((k) => (
              <label key={k} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="accent-brand-500" />
                {t(`import.kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="fee-import-file" className="label">
            {t('import.fileLabel')}
          </label>
          <input
            id="fee-import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className="block w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-700"
            aria-describedby="fee-import-file-hint"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0])
              clearLocalError()
            }}
          />
          <p id="fee-import-file-hint" className="mt-1 text-xs text-slate-500">
            {t('import.fileHint')}
          </p>
        </div>
        <Button type="submit" name="intent" value="check" variant="secondary" className="w-full sm:w-auto" disabled={pending}>
          {pending && pendingIntent === 'check' ? t('import.checking') : t('import.check')}
        </Button>
      </div>

      {localError && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
          {localError}
        </p>
      )}
      {!localError && !pending && <FormMessage state={message} />}
      {!pending && state.report && !current && chosen !== null && <p className="text-sm text-amber-800">{t('import.fileChanged')}</p>}

      {report && (
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <FeeImportReportView report={report} />
          {!done && (
            <div className="mt-4 space-y-2 border-t border-slate-100 pt-4">
              <input type="hidden" name="hash" value={report.hash} />
              <p className="text-sm font-medium">{t('import.chooseMode')}</p>
              <div className="flex flex-col gap-2 sm:flex-row">
                <ImportCommitButton mode="all" variant="primary" label={pending && pendingIntent === 'all' ? t('import.importing') : t('import.importAll')} question={t('import.confirmAll')} confirmText={t('import.confirm')} cancelText={t('import.cancel')} disabled={pending} />
                <ImportCommitButton
                  mode="goodOnly"
                  variant="secondary"
                  label={pending && pendingIntent === 'goodOnly' ? t('import.importing') : t('import.importGood')}
                  question={t('import.confirmGood', { bad: report.counts.badRows, good: report.counts.goodRows })}
                  confirmText={t('import.confirm')}
                  cancelText={t('import.cancel')}
                  disabled={pending || report.counts.goodRows === 0}
                />
              </div>
            </div>
          )}
        </div>
      )}

      {done && state.written && report && (
        <section className="rounded-xl border border-emerald-200 bg-emerald-50 p-4" aria-labelledby="fee-import-result" data-testid="import-result">
          <h2 id="fee-import-result" className="mb-2 font-semibold text-emerald-900">
            {t('import.resultTitle')}
          </h2>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
            {(['created', 'updated', 'households', 'promisesKept'] as const).map((k) => (
              <div key={k}>
                <dt className="text-emerald-800">{t(`import.written.${k}`)}</dt>
                <dd className="text-lg font-semibold tabular-nums" data-testid={`written-${k}`}>
                  {state.written![k]}
                </dd>
              </div>
            ))}
            <div>
              <dt className="text-emerald-800">{t('import.written.skipped')}</dt>
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
