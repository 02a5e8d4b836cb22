'use server'
import { revalidatePath } from 'next/cache'
import { requireActor } from '@/lib/auth/actor'
import { handleForm, type FormState } from '@/lib/server/action'
import { updateSettings } from '@/lib/server/settings/update-settings'
import { deleteCalendarDay, recordRainDay, saveCalendarDay } from '@/lib/server/settings/calendar-days'

export async function saveSettingsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const state = await handleForm(fd, async (values) => {
    await updateSettings({ actor: await requireActor('admin'), values })
    return { ok: true, message: '规则参数已保存，所有期限按新数值计算', at: Date.now() }
  })
  if (state.ok) revalidatePath('/', 'layout')
  return state
}

export async function saveCalendarDayAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const state = await handleForm(fd, async (values) => {
    await saveCalendarDay({ actor: await requireActor('admin'), input: values })
    return { ok: true, message: '已保存', at: Date.now() }
  })
  if (state.ok) revalidatePath('/admin/settings')
  return state
}

export async function deleteCalendarDayAction(fd: FormData) {
  await deleteCalendarDay({ actor: await requireActor('admin'), id: String(fd.get('id') ?? '') })
  revalidatePath('/admin/settings')
}

export async function recordRainDayAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const state = await handleForm(fd, async (values) => {
    await recordRainDay({ actor: await requireActor(), input: values })
    return { ok: true, message: '已记录降雨，等待雨后复访的维修回访将开始计时', at: Date.now() }
  })
  if (state.ok) revalidatePath('/', 'layout')
  return state
}
