'use server'
// The upload form's one action: check the file (dry run) or import it in the chosen mode. Every submit re-sends the file.
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, parseInput } from '@/lib/server/action'
import { IMPORT_ROLES } from '@/lib/server/households/import/assert-can-import'
import { commitImport } from '@/lib/server/households/import/commit-import'
import { dryRunImport } from '@/lib/server/households/import/dry-run-import'
import { readUpload } from '@/lib/server/households/import/read-upload'
import { importIntentSchema } from '@/lib/validation/household-import'
import type { ImportState } from '@/lib/server/households/import/import-state'

export async function importHouseholdsAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor(...IMPORT_ROLES)
    const input = parseInput(importIntentSchema, values)
    const file = await readUpload(fd.get('file'))
    const t = await getTranslations('imports')
    if (input.intent === 'check') {
      const report = await dryRunImport({ actor, file })
      return { ok: true, intent: 'check', report, message: t('checked', { rows: report.counts.rows, bad: report.counts.badRows }), at: Date.now() } satisfies ImportState
    }
    const r = await commitImport({ actor, file, mode: input.intent, expectedHash: input.hash })
    if (r.status === 'refused') {
      return { ok: false, intent: input.intent, report: r.report, refused: true, message: t('refused', { bad: r.report.counts.badRows }), at: Date.now() } satisfies ImportState
    }
    revalidatePath('/households', 'layout')
    const w = r.written
    return {
      ok: true,
      intent: input.intent,
      report: r.report,
      written: w,
      message: t('imported', { created: w.householdsCreated, updated: w.householdsUpdated, added: w.residentsAdded, residentsUpdated: w.residentsUpdated, buildings: w.buildingsCreated, skipped: r.report.counts.badRows }),
      at: Date.now(),
    } satisfies ImportState
  }) as Promise<ImportState>
}
