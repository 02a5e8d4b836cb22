'use client'
// The step forms of a complaint page. Each posts to its server action; a failed save keeps what was typed.
import { useTranslations } from 'next-intl'
import { assignAction, callbackAction, closeAction, correctAction, handledAction, handOverAction, replyAction, resultReplyAction } from '@/app/(app)/complaints/actions'
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { StepPanel, useStepAction } from '@/components/ui/step-panel'
import { SubmitButton } from '@/components/ui/submit-button'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { CHANNEL_VALUES } from '@/lib/validation/complaint'

type Opt = { value: string; label: string }



export function AssignPanel({ id, version, departments, staff, defaults }: { id: string; version: number; departments: Opt[]; staff: Opt[]; defaults: { department?: string; assigneeId?: string; plan?: string } }) {
  const t = useTranslations('complaints')
  const [state, action] = useStepAction(assignAction, id)
  return (
    <StepPanel title={t('panels.assign')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="department" label={t('fields.department')} state={state} options={departments} placeholder={t('detail.choose')} defaultValue={defaults.department} required />
          <SelectField name="assigneeId" label={t('fields.assignee')} state={state} options={staff} placeholder={t('detail.choose')} defaultValue={defaults.assigneeId} required />
        </div>
        <TextAreaField name="plan" label={t('fields.plan')} state={state} defaultValue={defaults.plan} required />
        <SubmitButton>{t('submit.assign')}</SubmitButton>
      </form>
    </StepPanel>
  )
}

export function TextStepPanel({ id, version, kind }: { id: string; version: number; kind: 'reply' | 'handled' | 'resultReply' }) {
  const t = useTranslations('complaints')
  const map = {
    reply: { action: replyAction, field: 'replyText', label: t('fields.replyText'), submit: t('submit.reply'), title: t('panels.reply') },
    handled: { action: handledAction, field: 'note', label: t('fields.handledNote'), submit: t('submit.handled'), title: t('panels.handled') },
    resultReply: { action: resultReplyAction, field: 'resultReplyText', label: t('fields.resultReplyText'), submit: t('submit.resultReply'), title: t('panels.resultReply') },
  }[kind]
  const [state, action] = useStepAction(map.action, id)
  return (
    <StepPanel title={map.title}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <TextAreaField name={map.field} label={map.label} state={state} required />
        <SubmitButton>{map.submit}</SubmitButton>
      </form>
    </StepPanel>
  )
}

export function HandOverPanel({ id, version, staff }: { id: string; version: number; staff: Opt[] }) {
  const t = useTranslations('complaints')
  const [state, action] = useStepAction(handOverAction, id)
  return (
    <StepPanel title={t('panels.handOver')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <SelectField name="ownerId" label={t('fields.owner')} state={state} options={staff} placeholder={t('detail.choose')} required />
        <TextField name="note" label={t('fields.handOverNote')} state={state} required />
        <SubmitButton variant="secondary">{t('submit.handOver')}</SubmitButton>
      </form>
    </StepPanel>
  )
}

export function CallbackPanel({ id, version, leads, others, defaultLeads }: { id: string; version: number; leads: Array<{ key: string; label: string; options: Opt[] }>; others: Opt[]; defaultLeads: Record<string, string> }) {
  const t = useTranslations('complaints')
  const [state, action] = useStepAction(callbackAction, id)
  return (
    <StepPanel title={t('panels.callback')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <div className="grid gap-3 sm:grid-cols-2">
          {leads.map((l) => (
            <SelectField key={l.key} name={`lead_${l.key}`} label={t('detail.leadLabel', { lead: l.label })} state={state} options={l.options} placeholder={t('detail.choose')} defaultValue={defaultLeads[l.key]} />
          ))}
        </div>
        <fieldset>
          <legend className="label">{t('fields.others')}</legend>
          <div className="flex flex-wrap gap-x-4">
            {others.map((o) => (
              <label key={o.value} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="others" value={o.value} className="h-5 w-5 accent-brand-500" />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
        <RadioGroupField name="satisfaction" label={t('fields.satisfaction')} state={state} required options={['satisfied', 'basically', 'notSatisfied'].map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))} />
        <p className="text-xs text-slate-500">{t('detail.notSatisfiedWarn')}</p>
        <TextAreaField name="words" label={t('fields.words')} state={state} />
        <SubmitButton>{t('submit.callback')}</SubmitButton>
      </form>
    </StepPanel>
  )
}

export function ClosePanel({ id, version }: { id: string; version: number }) {
  const t = useTranslations('complaints')
  const [state, action] = useStepAction(closeAction, id)
  return (
    <StepPanel title={t('panels.close')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        <TextAreaField name="summaryCause" label={t('fields.summaryCause')} state={state} required />
        <TextAreaField name="summaryLesson" label={t('fields.summaryLesson')} state={state} required />
        <TextAreaField name="summaryChange" label={t('fields.summaryChange')} state={state} required />
        <ConfirmSubmit question={t('detail.closeConfirm')} confirmText={t('submit.close')} variant="primary">
          {t('submit.close')}
        </ConfirmSubmit>
      </form>
    </StepPanel>
  )
}

export function CorrectFactsPanel({ id, version, current }: { id: string; version: number; current: { channel: string; nature: string; householdsAffected: number; injury: boolean; propertyDamageOrSafety: boolean; repeatOfId: string | null } }) {
  const t = useTranslations('complaints')
  const [state, action] = useStepAction(correctAction, id)
  return (
    <StepPanel title={t('panels.correct')}>
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="repeatOfId" value={current.repeatOfId ?? ''} />
        <FormMessage state={state} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="channel" label={t('fields.channel')} state={state} defaultValue={current.channel} options={CHANNEL_VALUES.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          <SelectField name="nature" label={t('fields.nature')} state={state} defaultValue={current.nature} options={['effective', 'help', 'question', 'venting'].map((n) => ({ value: n, label: t(`nature.${n}`) }))} />
          <TextField name="householdsAffected" label={t('fields.householdsAffected')} state={state} type="number" min={1} defaultValue={String(current.householdsAffected)} />
        </div>
        <div className="flex flex-wrap gap-x-6">
          <CheckboxField name="injury" label={t('fields.injury')} state={state} defaultChecked={current.injury} />
          <CheckboxField name="propertyDamageOrSafety" label={t('fields.propertyDamageOrSafety')} state={state} defaultChecked={current.propertyDamageOrSafety} />
        </div>
        <TextField name="note" label={t('fields.correctionNote')} state={state} required />
        <SubmitButton variant="secondary">{t('submit.correct')}</SubmitButton>
      </form>
    </StepPanel>
  )
}
