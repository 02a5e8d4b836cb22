import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/actor'
import { HOME_BY_ROLE } from '@/lib/auth/roles'

export default async function Root() {
  const actor = await requireUser()
  redirect(HOME_BY_ROLE[actor.role])
}
