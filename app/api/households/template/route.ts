// GET: the household import template (.xlsx). Admin and supervisor; others get 403, nobody signed in 401.
import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { IMPORT_ROLES } from '@/lib/server/households/import/assert-can-import'
import { attachment, XLSX_TYPE } from '@/lib/server/households/import/content-disposition'
import { downloadTemplate } from '@/lib/server/households/import/download-template'

export async function GET() {
  try {
    const actor = await requireActor(...IMPORT_ROLES)
    const bytes = await downloadTemplate({ actor })
    return new Response(bytes as BodyInit, {
      headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment('住户导入模板.xlsx', 'household-import-template.xlsx'), 'Cache-Control': 'no-store' },
    })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status })
    throw e
  }
}
