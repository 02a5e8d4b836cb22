'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireActor } from '@/lib/auth/actor'
import { markNotificationsRead } from '@/lib/server/notifications/list-notifications'

export async function markReadAction(fd: FormData) {
  const actor = await requireActor()
  const all = fd.get('all') === '1'
  const ids = z.array(z.string().max(64)).max(200).catch([]).parse(fd.getAll('id'))
  await markNotificationsRead({ actor, ids: all ? 'all' : ids })
  revalidatePath('/', 'layout')
}
