'use client'
// F6 "记录催缴": choose the step; its ways and outcomes follow. A step the rules do not allow shows why and cannot be sent;
// F7: with an open complaint or repair the warning must be acknowledged, and a letter needs a supervisor's confirmation
// (a supervisor confirms here with their own account; a housekeeper can notify the supervisors instead).
import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { CHANNELS_BY_KIND, OUTCOMES_BY_KIND, type StepKind } from '@/lib/server/fees/constants'
import { initialFormState, type FormState } from '@/lib/server/action-state'
import { TextAreaField, CheckboxField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { SelectInput } from './select-input'

export type KindOption = { kind: StepKind; allowed: boolean; reasons: string[]; guard?: { warn: boolean; requiresSupervisorConfirmation: boolean; reasons: string[] } }
type Action = (prev: FormState, fd: FormData) => Promise<FormState>

export function StepForm({ action, requestAction, kinds, canConfirm, defaultKind }: { action: Action; requestAction: Action; kinds: KindOption[]; canConfirm: boolean; defaultKind: StepKind }) {
  const t = useTranslations('fees')
  const [state, formAction] = useActionState(action, initialFormState)
  const [reqState, reqAction] = useActionState(requestAction, initialFormState)
  const [kind, setKind] = useState<StepKind>(defaultKind)
  const option = kinds.find((k) => k.kind === kind)!
  const guard = option.guard?.warn ? option.guard : undefined
  const needsSupervisor = Boolean(guard?.requiresSupervisorConfirmation)
  const blocked = !option.allowed || (needsSupervisor && !canConfirm)
  return (
    <div className="space-y-3">
      {/* A fresh form after every answer: React's reset after an action would otherwise put the controlled step select
          back to its first option on screen while the state still holds the chosen step. */}
      <form key={state.at ?? 0} action={formAction} className="space-y-3" noValidate data-testid="step-form">
        <FormMessage state={state} />
        <SelectInput
          name="s_kind"
          label={t('forms.step.kind')}
          state={state}
          required
          value={kind}
          onChange={(v) => setKind(v as StepKind)}
          options={kinds.map((k) => ({ value: k.kind, label: `${t(`steps.${k.kind}`)}${k.allowed ? '' : `（${t('household.notAllowed')}）`}` }))}
        />
        {!option.allowed && (
          <div role="note" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="step-refused">
            <p className="font-medium">{t('forms.step.notAllowed')}</p>
            <ul className="list-disc pl-5">
              {option.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="grid gap-3 sm:grid-cols-2" key={kind}>
          <SelectInput name="s_channel" label={t('forms.step.channel')} state={state} required placeholder={t('forms.choose')} options={CHANNELS_BY_KIND[kind].map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
          <SelectInput name="s_outcome" label={t('forms.step.outcome')} state={state} required placeholder={t('forms.choose')} options={OUTCOMES_BY_KIND[kind].map((c) => ({ value: c, label: t(`outcomes.${c}`) }))} />
        </div>
        {kind === 'reminder' && <p className="text-xs text-slate-500">{t('forms.step.smsHint')}</p>}
        <TextAreaField name="s_note" label={t('forms.step.note')} state={state} rows={2} />
        {guard && (
          <div className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="step-guard">
            <ul className="list-disc pl-5">
              {guard.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {needsSupervisor ? (
              canConfirm ? (
                <CheckboxField name="s_supervisorConfirmed" label={t('forms.step.supervisorConfirmed')} state={state} />
              ) : (
                <p className="mt-1">{t('forms.step.needsSupervisor')}</p>
              )
            ) : (
              <CheckboxField name="s_guardAcknowledged" label={t('forms.step.guardAcknowledged')} state={state} />
            )}
            {state.fieldErrors?.s_supervisorConfirmed && <p className="field-error">{state.fieldErrors.s_supervisorConfirmed[0]}</p>}
            {state.fieldErrors?.s_guardAcknowledged && <p className="field-error">{state.fieldErrors.s_guardAcknowledged[0]}</p>}
          </div>
        )}
        <SubmitButton className="w-full sm:w-auto" disabled={blocked}>
          {t('forms.step.submit')} · {t(`steps.${kind}`)}
        </SubmitButton>
      </form>
      {needsSupervisor && !canConfirm && (
        <form action={reqAction}>
          <input type="hidden" name="kind" value={kind} />
          <FormMessage state={reqState} />
          <SubmitButton variant="secondary" className="w-full sm:w-auto">
            {t('forms.step.requestConfirmation')}
          </SubmitButton>
        </form>
      )}
    </div>
  )
}
