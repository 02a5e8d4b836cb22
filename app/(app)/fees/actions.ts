'use server'
// F3: compile the month's arrears list (supervisor).
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState } from '@/lib/server/action'
import { compileArrearsList } from '@/lib/server/fees/compile-arrears-list'

export async function compileAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const t = await getTranslations('fees')
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    const r = await compileArrearsList({ actor, input: values })
    return { ok: true, message: t('list.compiledMessage', { month: r.month, created: r.created, existing: r.existing }), at: Date.now() }
  })
  if (state.ok) revalidatePath('/fees')
  return state
}
