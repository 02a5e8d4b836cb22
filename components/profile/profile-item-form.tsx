'use client'
// Add or correct a profile entry (V7). For moving in, a wedding, a birth, illness or bereavement the
// housekeeper can also put the §3.3 visit into the follow-ups.
import { useActionState, useEffect, useState } from 'react'
import { useTranslations } from 'next-intl'
import { CheckboxField, SelectField, TextAreaField, TextField, valueOf } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { initialFormState, type FormState } from '@/lib/server/action'
import { EVENT_TRIGGERS, PROFILE_EVENTS, PROFILE_KINDS, type ProfileEvent } from '@/lib/validation/profile'

type Item = { id: string; version: number; kind: string; eventType: string | null; eventDate: string | null; text: string }

export function ProfileItemForm({ action, householdId, item }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; householdId: string; item?: Item }) {
  const t = useTranslations('households.profileItems')
  const [state, formAction] = useActionState(action, initialFormState)
  const [kind, setKind] = useState(valueOf(state, 'kind', item?.kind ?? 'family') ?? 'family')
  const [eventType, setEventType] = useState(valueOf(state, 'eventType', item?.eventType ?? '') ?? '')
  // A successful add resets the form's fields; the event fields follow.
  useEffect(() => {
    if (state.ok && !item) {
      setKind('family')
      setEventType('')
    }
  }, [state, item])
  const canFollowUp = !item && kind === 'event' && EVENT_TRIGGERS[eventType as ProfileEvent] !== undefined
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="householdId" value={householdId} />
      {item && <input type="hidden" name="itemId" value={item.id} />}
      {item && <input type="hidden" name="version" value={item.version} />}
      <FormMessage state={state} />
      <SelectField
        name="kind"
        label={t('kind')}
        state={state}
        required
        defaultValue={item?.kind ?? 'family'}
        onChange={(e) => setKind(e.target.value)}
        options={PROFILE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      {kind === 'event' && (
        <>
          <SelectField
            name="eventType"
            label={t('eventType')}
            state={state}
            required
            placeholder="—"
            defaultValue={item?.eventType ?? ''}
            onChange={(e) => setEventType(e.target.value)}
            options={PROFILE_EVENTS.map((k) => ({ value: k, label: t(`events.${k}`) }))}
          />
          <TextField type="date" name="eventDate" label={t('eventDate')} state={state} defaultValue={item?.eventDate ?? ''} />
        </>
      )}
      <TextAreaField name="text" label={t('text')} state={state} required defaultValue={item?.text ?? ''} />
      {canFollowUp && (
        <div>
          <CheckboxField name="createFollowUp" label={t('createFollowUp')} state={state} defaultChecked />
          <p className="text-xs text-slate-500">{t('createFollowUpHint')}</p>
        </div>
      )}
      {state.fieldErrors?.createFollowUp && <p className="field-error">{state.fieldErrors.createFollowUp[0]}</p>}
      <SubmitButton className="w-full">{t('save')}</SubmitButton>
    </form>
  )
}
