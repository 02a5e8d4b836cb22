import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'

export async function generateMetadata() {
  return { title: (await getTranslations('nav'))('admin') }
}

export default async function AdminPage() {
  await requireRole('admin')
  const t = await getTranslations()
  const [users, areas] = await Promise.all([
    db.user.findMany({ orderBy: [{ role: 'asc' }, { username: 'asc' }], select: { id: true, username: true, name: true, role: true, active: true, areas: { select: { area: { select: { name: true } } } } } }),
    db.area.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true, _count: { select: { buildings: true } }, buildings: { select: { number: true } } } }),
  ])
  return (
    <div className="space-y-4">
      <PageHeader title={t('nav.admin')} />
      <Card title={`${t('home.users')} (${users.length})`}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="users-table">
            <thead className="text-slate-500">
              <tr>
                <th className="py-2 pr-3">账号</th>
                <th className="py-2 pr-3">姓名</th>
                <th className="py-2 pr-3">角色</th>
                <th className="py-2 pr-3">片区</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id}>
                  <td className="py-2 pr-3 font-mono">{u.username}</td>
                  <td className="py-2 pr-3">{u.name}</td>
                  <td className="py-2 pr-3">{t(`roles.${u.role}`)}</td>
                  <td className="py-2 pr-3">{u.areas.map((a) => a.area.name).join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={`${t('home.areas')} (${areas.length})`}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {areas.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 p-3">
              <div className="font-medium">{a.name}</div>
              <div className="text-sm text-slate-600">{a.buildings.map((b) => `${b.number}号楼`).join('、')}</div>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  )
}
