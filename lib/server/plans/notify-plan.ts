// Who hears about a plan's steps: the supervisors when a housekeeper submits or reopens, the owner when reviewed.
import type { Tx } from '@/lib/db'
import { notify } from '@/lib/server/notifications/notify'

const PERIOD = (period: string, key: string) => (period === 'year' ? `${key} 年度` : `${key} 月度`)

export async function notifySupervisors(tx: Tx, opts: { planId: string; ownerName: string; period: string; periodKey: string; kind: 'planSubmitted' | 'planReopened'; note?: string | null }) {
  const supervisors = await tx.user.findMany({ where: { role: 'supervisor', active: true }, select: { id: true } })
  const verb = opts.kind === 'planSubmitted' ? '提交了' : '重新打开了已批准的'
  await notify(
    tx,
    supervisors.map((u) => ({
      userId: u.id,
      kind: opts.kind,
      title: `${opts.ownerName} ${verb}${PERIOD(opts.period, opts.periodKey)}走访计划${opts.kind === 'planSubmitted' ? '，请审批' : ''}`,
      body: opts.note ?? undefined,
      link: `/plans/${opts.planId}`,
    })),
  )
}

export async function notifyOwner(tx: Tx, opts: { planId: string; ownerId: string; reviewerName: string; period: string; periodKey: string; kind: 'planApproved' | 'planReturned'; note?: string | null }) {
  const verb = opts.kind === 'planApproved' ? '已批准' : '已退回'
  await notify(tx, [
    {
      userId: opts.ownerId,
      kind: opts.kind,
      title: `您的${PERIOD(opts.period, opts.periodKey)}走访计划${verb}（${opts.reviewerName}）`,
      body: opts.note ?? undefined,
      link: `/plans/${opts.planId}`,
    },
  ])
}
