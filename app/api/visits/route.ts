// POST /api/visits: the visit form's JSON (also resent from the phone's outbox). Auth and area scope are
// checked by the operation; the same clientKey twice answers with the first visit (200 instead of 201).
import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/actor'
import { isAppError, newErrorRef } from '@/lib/errors'
import { createVisit } from '@/lib/server/visits/create-visit'

export async function POST(req: Request) {
  try {
    const actor = await requireActor()
    // JSON only: a cross-site form cannot send it without a CORS preflight.
    if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return NextResponse.json({ message: '请求格式应为 JSON' }, { status: 415 })
    }
    let input: unknown
    try {
      input = await req.json()
    } catch {
      return NextResponse.json({ message: '请求内容不是有效的 JSON' }, { status: 400 })
    }
    const r = await createVisit({ actor, input })
    return NextResponse.json(r, { status: r.duplicate ? 200 : 201 })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ code: e.code, message: e.message, fieldErrors: e.fieldErrors }, { status: e.status })
    const ref = newErrorRef()
    console.error(`[管家台] error ref=${ref}`, e)
    return NextResponse.json({ message: `系统出错，请稍后重试（参考编号 ${ref}）` }, { status: 500 })
  }
}
