import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { recentComplaintsOfHousehold } from '@/lib/server/complaints/recent-for-household'

export async function GET(req: Request) {
  try {
    const actor = await requireActor()
    const householdId = new URL(req.url).searchParams.get('householdId') ?? ''
    if (!householdId) return NextResponse.json({ complaints: [] })
    return NextResponse.json({ complaints: await recentComplaintsOfHousehold({ actor, householdId }) })
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.message }, { status: e.status })
    throw e
  }
}
