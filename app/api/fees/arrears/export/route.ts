// GET: the arrears list with the page's filters as .xlsx (every row). Fee readers; front desk and technicians 403.
import { NextResponse } from 'next/server'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { FEE_READERS } from '@/lib/server/fees/access'
import { exportArrears, type ArrearsExportTexts } from '@/lib/server/fees/export-arrears'
import { attachment, XLSX_TYPE } from '@/lib/server/households/import/content-disposition'
import { getSettings } from '@/lib/server/settings/get-settings'
import { arrearsQuerySchema } from '@/lib/validation/fees'

export async function GET(req: Request) {
  try {
    const actor = await requireActor(...FEE_READERS)
    const sp = Object.fromEntries(new URL(req.url).searchParams)
    const query = arrearsQuerySchema.parse(sp)
    const t = await getTranslations('fees')
    const texts: ArrearsExportTexts = {
      sheet: t('exportSheet.sheet'),
      headers: t.raw('exportSheet.headers') as ArrearsExportTexts['headers'],
      classification: (k) => t(`classification.${k}` as 'classification.forgetful'),
      step: (k) => t(`steps.${k}` as 'steps.reminder'),
      none: t('filters.none'),
    }
    const { bytes, month } = await exportArrears({ actor, query, settings: await getSettings(), texts })
    return new Response(bytes as BodyInit, {
      headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`${t('exportSheet.file')}-${month}.xlsx`, `arrears-${month}.xlsx`), 'Cache-Control': 'no-store' },
    })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status })
    throw e
  }
}
