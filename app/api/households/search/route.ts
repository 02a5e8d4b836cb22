import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { searchHouseholds } from '@/lib/server/households/search-households'

export async function GET(req: Request) {
  try {
    const actor = await requireActor()
    const q = new URL(req.url).searchParams.get('q') ?? ''
    return NextResponse.json({ hits: await searchHouseholds({ actor, q }) })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status })
    throw e
  }
}
