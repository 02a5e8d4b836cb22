'use server'
// Thin actions: authenticate, hand the form to the operation (which validates and authorizes), map errors.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState, type FormValues } from '@/lib/server/action'
import { registerComplaint } from '@/lib/server/complaints/register-complaint'
import { assignComplaint, closeComplaint, handOverComplaint, markComplaintHandled, recordResultReply, replyComplaint } from '@/lib/server/complaints/workflow'
import { recordComplaintCallback } from '@/lib/server/complaints/record-callback'
import { correctComplaintFacts } from '@/lib/server/complaints/correct-facts'

export async function registerComplaintAction(_prev: FormState, fd: FormData): Promise<FormState> {
  let id: string | undefined
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    id = (await registerComplaint({ actor, input: values })).id
  })
  if (id) redirect(`/complaints/${id}?registered=1`)
  return state
}

type Op = (o: { actor: Awaited<ReturnType<typeof requireActor>>; id: string; input: unknown }) => Promise<unknown>

function stepAction(op: Op, shape?: (v: FormValues) => unknown) {
  return async (id: string, _prev: FormState, fd: FormData): Promise<FormState> => {
    const state = await handleForm(fd, async (values) => {
      const actor = await requireActor()
      await op({ actor, id, input: shape ? shape(values) : values })
      return { ok: true, message: '已保存', at: Date.now() }
    })
    if (state.ok) revalidatePath(`/complaints/${id}`)
    return state
  }
}

// Callback form: one select per required lead (lead_<key>) and a multi-select of other participants.
function callbackShape(v: FormValues) {
  const leads: Record<string, string> = {}
  for (const [k, val] of Object.entries(v)) if (k.startsWith('lead_') && typeof val === 'string' && val) leads[k.slice(5)] = val
  const others = v.others === undefined ? [] : Array.isArray(v.others) ? v.others : [v.others]
  return { version: v.version, satisfaction: v.satisfaction, words: v.words, leads, others }
}

const assign = stepAction(assignComplaint)
const handOver = stepAction(handOverComplaint)
const reply = stepAction(replyComplaint)
const handled = stepAction(markComplaintHandled)
const resultReply = stepAction(recordResultReply)
const callback = stepAction(recordComplaintCallback, callbackShape)
const close = stepAction(closeComplaint)
const correct = stepAction(correctComplaintFacts)

export async function assignAction(id: string, prev: FormState, fd: FormData) {
  return assign(id, prev, fd)
}
export async function handOverAction(id: string, prev: FormState, fd: FormData) {
  return handOver(id, prev, fd)
}
export async function replyAction(id: string, prev: FormState, fd: FormData) {
  return reply(id, prev, fd)
}
export async function handledAction(id: string, prev: FormState, fd: FormData) {
  return handled(id, prev, fd)
}
export async function resultReplyAction(id: string, prev: FormState, fd: FormData) {
  return resultReply(id, prev, fd)
}
export async function callbackAction(id: string, prev: FormState, fd: FormData) {
  return callback(id, prev, fd)
}
export async function closeAction(id: string, prev: FormState, fd: FormData) {
  return close(id, prev, fd)
}
export async function correctAction(id: string, prev: FormState, fd: FormData) {
  return correct(id, prev, fd)
}
