'use server'
// The fee upload form's one action: check the file (dry run) or import it in the chosen mode; every submit re-sends it.
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import { handleForm, parseInput } from '@/lib/server/action'
import { FEE_IMPORTERS } from '@/lib/server/fees/access'
import { MAX_FEE_FILE_BYTES } from '@/lib/server/fees/import/columns'
import { commitFeeImport, dryRunFeeImport } from '@/lib/server/fees/import/fee-import'
import type { FeeImportState } from '@/lib/server/fees/import/import-state'
import { feeImportIntentSchema } from '@/lib/validation/fees'

async function readFile(value: FormDataEntryValue | null) {
  if (!value || typeof value === 'string' || value.size === 0) throw new AppError('INVALID', '请选择要导入的文件（.xlsx 或 .csv）')
  if (value.size > MAX_FEE_FILE_BYTES) throw new AppError('INVALID', `文件太大（${(value.size / 1_000_000).toFixed(1)} MB），最大 5 MB；请拆分后分批导入`)
  return { name: value.name || '未命名', bytes: new Uint8Array(await value.arrayBuffer()) }
}

export async function importFeesAction(_prev: FeeImportState, fd: FormData): Promise<FeeImportState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor(...FEE_IMPORTERS)
    const input = parseInput(feeImportIntentSchema, values)
    const file = await readFile(fd.get('file'))
    const t = await getTranslations('fees')
    if (input.intent === 'check') {
      const report = await dryRunFeeImport({ actor, kind: input.kind, file })
      return { ok: true, intent: 'check', report, message: t('import.checked', { rows: report.counts.rows, bad: report.counts.badRows }), at: Date.now() } satisfies FeeImportState
    }
    const r = await commitFeeImport({ actor, kind: input.kind, file, mode: input.intent, expectedHash: input.hash })
    if (r.status === 'refused') {
      return { ok: false, intent: input.intent, report: r.report, refused: true, message: t('import.refused', { bad: r.report.counts.badRows }), at: Date.now() } satisfies FeeImportState
    }
    revalidatePath('/fees', 'layout')
    const w = r.written
    return {
      ok: true,
      intent: input.intent,
      report: r.report,
      written: w,
      message: t('import.imported', { created: w.created, updated: w.updated, households: w.households, skipped: r.report.counts.badRows }),
      at: Date.now(),
    } satisfies FeeImportState
  }) as Promise<FeeImportState>
}
