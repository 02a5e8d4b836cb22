'use server'
// Thin actions: authenticate, hand the form to the operation (which validates and authorizes), map errors.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireActor, type Actor } from '@/lib/auth/actor'
import { handleForm, type FormState, type FormValues } from '@/lib/server/action'
import { generatePlan } from '@/lib/server/plans/generate-plan'
import { addPlanItem } from '@/lib/server/plans/add-plan-item'
import { updatePlanItem } from '@/lib/server/plans/update-plan-item'
import { removePlanItem } from '@/lib/server/plans/remove-plan-item'
import { submitPlan } from '@/lib/server/plans/submit-plan'
import { approvePlan, returnPlan } from '@/lib/server/plans/review-plan'
import { reopenPlan } from '@/lib/server/plans/reopen-plan'
import { discardPlan } from '@/lib/server/plans/discard-plan'
import { markTargetVisited } from '@/lib/server/plans/mark-target-visited'

export async function generatePlanAction(_prev: FormState, fd: FormData): Promise<FormState> {
  let id: string | undefined
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    id = (await generatePlan({ actor, input: values })).id
  })
  if (id) {
    revalidatePath('/plans')
    redirect(`/plans/${id}`)
  }
  return state
}

type Op = (o: { actor: Actor; id: string; planId: string; input: FormValues }) => Promise<unknown>

async function planStep(planId: string, fd: FormData, op: Op): Promise<FormState> {
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    await op({ actor, id: planId, planId, input: values })
    return { ok: true, message: (await getTranslations('plans.actions'))('saved'), at: Date.now() }
  })
  if (state.ok) {
    revalidatePath(`/plans/${planId}`)
    revalidatePath('/plans')
  }
  return state
}

export async function addItemAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, addPlanItem)
}
export async function updateItemAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, updatePlanItem)
}
export async function removeItemAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, removePlanItem)
}
export async function submitPlanAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, submitPlan)
}
export async function approvePlanAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, approvePlan)
}
export async function returnPlanAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, returnPlan)
}
export async function reopenPlanAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, reopenPlan)
}
export async function markTargetVisitedAction(planId: string, _prev: FormState, fd: FormData) {
  return planStep(planId, fd, markTargetVisited)
}

export async function discardPlanAction(planId: string, _prev: FormState, fd: FormData): Promise<FormState> {
  let done = false
  const state = await handleForm(fd, async (values) => {
    const actor = await requireActor()
    await discardPlan({ actor, id: planId, input: values })
    done = true
  })
  if (done) {
    revalidatePath('/plans')
    redirect('/plans')
  }
  return state
}
