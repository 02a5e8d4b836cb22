'use server'
// Thin actions: authenticate, hand the form to the operation (which validates and authorizes), map errors.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState } from '@/lib/server/action'
import { registerRepair } from '@/lib/server/repairs/register-repair'
import { assignRepair } from '@/lib/server/repairs/assign-repair'
import { startRepair } from '@/lib/server/repairs/start-repair'
import { completeRepair } from '@/lib/server/repairs/complete-repair'
import { recordRepairCallback } from '@/lib/server/repairs/record-callback'

export async function registerRepairAction(_prev: FormState, fd: FormData): Promise<FormState> {
  let id: string | undefined
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    id = (await registerRepair({ actor, input: values })).id
  })
  if (id) redirect(`/repairs/${id}?registered=1`)
  return state
}

type Op = (o: { actor: Awaited<ReturnType<typeof requireActor>>; id: string; input: unknown }) => Promise<unknown>

function stepAction(op: Op) {
  return async (id: string, _prev: FormState, fd: FormData): Promise<FormState> => {
    const state = await handleForm(fd, async (values) => {
      const actor = await requireActor()
      await op({ actor, id, input: values })
      return { ok: true, message: (await getTranslations('repairs'))('saved'), at: Date.now() }
    })
    if (state.ok) revalidatePath(`/repairs/${id}`)
    return state
  }
}

const assign = stepAction(assignRepair)
const start = stepAction(startRepair)
const complete = stepAction(completeRepair)

export async function assignRepairAction(id: string, prev: FormState, fd: FormData) {
  return assign(id, prev, fd)
}
export async function startRepairAction(id: string, prev: FormState, fd: FormData) {
  return start(id, prev, fd)
}
export async function completeRepairAction(id: string, prev: FormState, fd: FormData) {
  return complete(id, prev, fd)
}

export async function recordCallbackAction(callbackId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  let repairId: string | undefined
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    const res = await recordRepairCallback({ actor, callbackId, input: values })
    repairId = res.repairId
    const t = await getTranslations('repairs')
    return { ok: true, message: res.newRepairNo ? t('newRepairMade', { no: res.newRepairNo }) : t('saved'), at: Date.now() }
  })
  if (repairId) revalidatePath(`/repairs/${repairId}`)
  return state
}
