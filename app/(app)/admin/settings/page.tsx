import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { getSettings } from '@/lib/server/settings/get-settings'
import { getPath, SETTING_FIELDS, SETTING_GROUPS, toFormValue } from '@/lib/server/settings/settings-fields'
import { calendarCoverage, toLocalDate } from '@/lib/rules'
import { PageHeader } from '@/components/ui/page-header'
import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { SettingsForm } from '@/components/admin/settings-form'
import { CalendarDayForm, RainDayForm } from '@/components/admin/calendar-day-form'
import { deleteCalendarDayAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('settings') }
}

export default async function SettingsPage() {
  await requireRole('admin')
  const [t, settings, center, days, rain] = await Promise.all([
    getTranslations('nav'),
    getSettings(),
    db.centerSettings.findUniqueOrThrow({ where: { id: 1 }, select: { version: true, name: true } }),
    db.calendarDay.findMany({ orderBy: { date: 'asc' } }),
    db.rainDay.findMany({ orderBy: { date: 'desc' }, take: 20, include: { recordedBy: { select: { name: true } } } }),
  ])
  const today = toLocalDate(new Date(), settings)
  const year = Number(today.slice(0, 4))
  const fields = SETTING_FIELDS.map((f) => ({ path: f.path, label: f.label, group: f.group, kind: f.kind, value: toFormValue(f, getPath(settings, f.path)) }))
  return (
    <div className="space-y-4">
      <PageHeader title={t('settings')} subtitle={`${center.name} · 数值的含义与出处见“规则”页`} />
      <SettingsForm fields={fields} groups={SETTING_GROUPS} version={center.version} />
      <Card title="节假日与调休上班（T4）">
        <p className="mb-3 text-sm text-slate-600">
          {[year, year + 1].map((y) => `${y} 年：${calendarCoverage(y, settings).covered ? '数据完整' : '国家安排未收录，请补录放假与调休日后在上方“已确认完整的年份”中填入该年'}`).join('；')}
        </p>
        <CalendarDayForm />
        {days.length === 0 ? (
          <div className="mt-3">
            <EmptyState>尚未添加调整日</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100" data-testid="calendar-days">
            {days.map((d) => (
              <li key={d.id} className="flex items-center justify-between py-2 text-sm">
                <span>
                  {d.date} · {d.working ? '调休上班' : '放假'} {d.name ? `· ${d.name}` : ''}
                </span>
                <form action={deleteCalendarDayAction}>
                  <input type="hidden" name="id" value={d.id} />
                  <ConfirmSubmit question={`删除 ${d.date} 的调整？`} confirmText="删除">
                    删除
                  </ConfirmSubmit>
                </form>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="降雨记录（C2 雨后复访）">
        <RainDayForm today={today} />
        <ul className="mt-3 text-sm text-slate-700">
          {rain.map((r) => (
            <li key={r.id}>
              {r.date} · {r.recordedBy?.name ?? r.source}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
