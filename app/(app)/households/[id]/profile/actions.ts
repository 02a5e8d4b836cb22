'use server'
// Thin actions for the profile page (V7): the operations check role and area scope.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState } from '@/lib/server/action'
import { PROFILE_EDITORS } from '@/lib/server/households/require-household'
import { addProfileItem } from '@/lib/server/profile/add-profile-item'
import { updateProfileItem } from '@/lib/server/profile/update-profile-item'
import { removeProfileItem } from '@/lib/server/profile/remove-profile-item'

const refresh = (id: unknown) => {
  revalidatePath(`/households/${String(id)}`)
  revalidatePath(`/households/${String(id)}/profile`)
}

export async function addProfileItemAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor(...PROFILE_EDITORS)
    const r = await addProfileItem({ actor, input: values })
    refresh(values.householdId)
    const t = await getTranslations('households.profileItems')
    return { ok: true, message: r.followUp ? t('addedWithFollowUp', { rule: r.followUp.rule }) : t('added'), at: Date.now() }
  })
}

export async function updateProfileItemAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor(...PROFILE_EDITORS)
    await updateProfileItem({ actor, input: values })
    refresh(values.householdId)
    redirect(`/households/${String(values.householdId)}/profile`)
  })
}

export async function removeProfileItemAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor(...PROFILE_EDITORS)
    await removeProfileItem({ actor, input: values })
    refresh(values.householdId)
    return { ok: true, message: (await getTranslations('households.profileItems'))('removed'), at: Date.now() }
  })
}
