'use server'
// Thin actions of the household fee page: authenticate, hand the (un-prefixed) form to the operation, map errors.
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState, type FormValues } from '@/lib/server/action'
import { addAlternativeContact, removeAlternativeContact } from '@/lib/server/fees/alternative-contacts'
import { prefixErrors, stripPrefix } from '@/lib/server/fees/form-prefix'
import { recordDunningStep } from '@/lib/server/fees/record-dunning-step'
import { recordPayment } from '@/lib/server/fees/record-payment'
import { recordPromise } from '@/lib/server/fees/record-promise'
import { requestLetterConfirmation } from '@/lib/server/fees/request-letter-confirmation'
import { saveArrearsCase } from '@/lib/server/fees/save-arrears-case'
import { waiveLateFee } from '@/lib/server/fees/waive-late-fee'

type Actor = Awaited<ReturnType<typeof requireActor>>

async function run(householdId: string, fd: FormData, prefix: string, fn: (actor: Actor, input: FormValues) => Promise<string>): Promise<FormState> {
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    const p = prefix === '*' ? String(values.prefix ?? '') : prefix
    const message = await fn(actor, stripPrefix(values, p))
    return { ok: true, message, at: Date.now() }
  })
  if (state.ok) {
    revalidatePath(`/fees/households/${householdId}`)
    revalidatePath('/fees')
  }
  return prefixErrors(state, prefix === '*' ? String(fd.get('prefix') ?? '') : prefix)
}

export async function stepAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, 's_', async (actor, input) => {
    await recordDunningStep({ actor, householdId, input })
    return t('forms.step.saved')
  })
}

export async function promiseAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, 'p_', async (actor, input) => {
    const p = await recordPromise({ actor, householdId, input })
    return t('forms.promise.saved', { date: p.promisedDate })
  })
}

export async function paymentAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, 'pay_', async (actor, input) => {
    const r = await recordPayment({ actor, householdId, input })
    return r.duplicate ? t('forms.payment.duplicate') : t('forms.payment.saved')
  })
}

export async function waiveAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, '*', async (actor, input) => {
    await waiveLateFee({ actor, input })
    return t('forms.waive.saved')
  })
}

export async function caseAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, 'k_', async (actor, input) => {
    await saveArrearsCase({ actor, householdId, input })
    return t('forms.case.saved')
  })
}

export async function contactAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, 'c_', async (actor, input) => {
    await addAlternativeContact({ actor, householdId, input })
    return t('forms.contact.saved')
  })
}

export async function removeContactAction(householdId: string, contactId: string, _prev: FormState, fd: FormData) {
  return run(householdId, fd, 'x_', async (actor) => {
    await removeAlternativeContact({ actor, id: contactId })
    return ''
  })
}

export async function requestConfirmationAction(householdId: string, _prev: FormState, fd: FormData) {
  const t = await getTranslations('fees')
  return run(householdId, fd, '', async (actor, input) => {
    await requestLetterConfirmation({ actor, householdId, kind: input.kind === 'lawyerLetter' ? 'lawyerLetter' : 'letter' })
    return t('forms.step.requested')
  })
}
