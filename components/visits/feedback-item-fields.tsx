'use client'
// One 业主意见反馈单 entry: what the resident raised, how urgent, answered on the spot or routed (R1/R4).
import { useTranslations } from 'next-intl'
import { DEPARTMENTS } from '@/lib/validation/follow-up'
import type { VisitDraft } from '@/lib/validation/visit'
import { a11y, Choice, FieldError, Labelled, type Errors } from './form-bits'

export type FeedbackDraft = NonNullable<VisitDraft['feedback']>[number] & { _k: string }
export type AssigneeOption = { id: string; name: string; role: string; department: string | null }

export function FeedbackItemFields({
  index,
  item,
  errors,
  assignees,
  onChange,
  onRemove,
}: {
  index: number
  item: FeedbackDraft
  errors: Errors
  assignees: AssigneeOption[]
  onChange: (patch: Partial<FeedbackDraft>) => void
  onRemove: () => void
}) {
  const t = useTranslations('visits')
  const tr = useTranslations('roles')
  const p = `feedback.${index}`
  const answered = item.answeredOnSpot === true
  // People of the chosen department first.
  const sorted = [...assignees].sort((a, b) => Number(b.department === item.department) - Number(a.department === item.department))
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3">
      <legend className="px-1 text-sm font-semibold">{t('feedbackItem', { n: index + 1 })}</legend>
      <Labelled name={`${p}.text`} label={t('feedbackText')} errors={errors} required>
        <textarea rows={2} className="input" value={item.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} {...a11y(`${p}.text`, errors)} />
      </Labelled>
      <div role="radiogroup" aria-label={t('urgency')}>
        <p className="label">{t('urgency')}</p>
        <div className="flex gap-2">
          {(['general', 'urgent'] as const).map((u) => (
            <Choice key={u} name={`fb-${item._k}-urgency`} value={u} checked={item.urgency === u} onChange={() => onChange({ urgency: u })}>
              {t(`urgencies.${u}`)}
            </Choice>
          ))}
        </div>
        <FieldError name={`${p}.urgency`} errors={errors} />
      </div>
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium">
        <input type="checkbox" className="h-6 w-6 accent-brand-500" checked={answered} onChange={(e) => onChange({ answeredOnSpot: e.target.checked })} />
        {t('answeredOnSpot')}
      </label>
      {answered ? (
        <Labelled name={`${p}.answer`} label={t('answer')} errors={errors} required>
          <textarea rows={2} className="input" value={item.answer ?? ''} onChange={(e) => onChange({ answer: e.target.value })} {...a11y(`${p}.answer`, errors)} />
        </Labelled>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <Labelled name={`${p}.department`} label={t('department')} errors={errors} required>
            <select className="input" value={item.department ?? ''} onChange={(e) => onChange({ department: e.target.value as FeedbackDraft['department'] })} {...a11y(`${p}.department`, errors)}>
              <option value="">—</option>
              {DEPARTMENTS.map((d) => (
                <option key={d} value={d}>
                  {t(`departments.${d}`)}
                </option>
              ))}
            </select>
          </Labelled>
          <Labelled name={`${p}.assigneeId`} label={t('assignee')} errors={errors}>
            <select className="input" value={item.assigneeId ?? ''} onChange={(e) => onChange({ assigneeId: e.target.value })} {...a11y(`${p}.assigneeId`, errors)}>
              <option value="">{t('assigneeMe')}</option>
              {sorted.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('withRole', { name: a.name, role: a.department && (DEPARTMENTS as readonly string[]).includes(a.department) ? t(`departments.${a.department as (typeof DEPARTMENTS)[number]}`) : tr(a.role as 'housekeeper') })}
                </option>
              ))}
            </select>
          </Labelled>
        </div>
      )}
      <div className="flex justify-end">
        <button type="button" className="min-h-11 rounded-lg px-3 text-sm text-red-700 hover:bg-red-50" onClick={onRemove}>
          {t('removeFeedback')}
        </button>
      </div>
    </fieldset>
  )
}
