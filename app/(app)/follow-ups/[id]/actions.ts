'use server'
// Thin actions for a follow-up: close with the reply given to the resident (R4), or route it elsewhere.
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState } from '@/lib/server/action'
import { closeFollowUp } from '@/lib/server/follow-ups/close-follow-up'
import { reassignFollowUp } from '@/lib/server/follow-ups/reassign-follow-up'

export async function closeFollowUpAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor()
    await closeFollowUp({ actor, input: values })
    revalidatePath('/follow-ups', 'layout')
    revalidatePath('/today')
    revalidatePath('/households', 'layout')
    return { ok: true, message: (await getTranslations('visits.followUps'))('closed'), at: Date.now() }
  })
}

export async function reassignFollowUpAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor()
    await reassignFollowUp({ actor, input: values })
    revalidatePath('/follow-ups', 'layout')
    revalidatePath('/today')
    return { ok: true, message: (await getTranslations('visits.followUps'))('reassigned'), at: Date.now() }
  })
}
