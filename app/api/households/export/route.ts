// GET: every household the actor may see with its residents, in the import's columns (.xlsx). Admin and supervisor.
import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { isAppError } from '@/lib/errors'
import { IMPORT_ROLES } from '@/lib/server/households/import/assert-can-import'
import { attachment, XLSX_TYPE } from '@/lib/server/households/import/content-disposition'
import { exportHouseholds } from '@/lib/server/households/import/export-households'

export async function GET() {
  try {
    const actor = await requireActor(...IMPORT_ROLES)
    const { bytes } = await exportHouseholds({ actor })
    const center = await db.centerSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } })
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: center?.timeZone ?? 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).replaceAll('-', '')
    return new Response(bytes as BodyInit, {
      headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`住户资料-${day}.xlsx`, `households-${day}.xlsx`), 'Cache-Control': 'no-store' },
    })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status })
    throw e
  }
}
