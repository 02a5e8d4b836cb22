// GET ?kind=bills|payments: the fee import template (.xlsx). Admin and supervisor; others 403, nobody signed in 401.
import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { FEE_IMPORTERS } from '@/lib/server/fees/access'
import { buildFeeTemplate } from '@/lib/server/fees/import/build-fee-template'
import { attachment, XLSX_TYPE } from '@/lib/server/households/import/content-disposition'

export async function GET(req: Request) {
  try {
    await requireActor(...FEE_IMPORTERS)
    const kind = new URL(req.url).searchParams.get('kind') === 'payments' ? 'payments' : 'bills'
    const bytes = await buildFeeTemplate(kind)
    const [zh, ascii] = kind === 'bills' ? ['账单导入模板.xlsx', 'bill-import-template.xlsx'] : ['缴费导入模板.xlsx', 'payment-import-template.xlsx']
    return new Response(bytes as BodyInit, { headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(zh, ascii), 'Cache-Control': 'no-store' } })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status })
    throw e
  }
}
