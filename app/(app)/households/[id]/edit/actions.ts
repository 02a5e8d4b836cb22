'use server'
// Thin actions for the edit page: authenticate, call the operation (which checks role and scope), refresh.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState } from '@/lib/server/action'
import { updateHousehold } from '@/lib/server/households/update-household'
import { addResident } from '@/lib/server/households/add-resident'
import { updateResident } from '@/lib/server/households/update-resident'
import { removeResident } from '@/lib/server/households/remove-resident'

const paths = (id: unknown) => {
  revalidatePath(`/households/${String(id)}`)
  revalidatePath(`/households/${String(id)}/edit`)
}

export async function updateHouseholdAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor('admin', 'supervisor')
    await updateHousehold({ actor, input: values })
    paths(values.id)
    redirect(`/households/${String(values.id)}`)
  })
}

export async function addResidentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor('admin', 'supervisor')
    await addResident({ actor, input: values })
    paths(values.householdId)
    redirect(`/households/${String(values.householdId)}/edit`)
  })
}

export async function updateResidentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor('admin', 'supervisor')
    await updateResident({ actor, input: values })
    paths(values.householdId)
    redirect(`/households/${String(values.householdId)}/edit`)
  })
}

export async function removeResidentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return handleForm(fd, async (values) => {
    const actor = await requireActor('admin', 'supervisor')
    await removeResident({ actor, input: values })
    paths(values.householdId)
    return { ok: true, message: (await getTranslations('households.residentForm'))('removed'), at: Date.now() }
  })
}
