// F7: a housekeeper asks the supervisors to confirm a letter for a household with an open complaint or repair.
// The supervisor then confirms by sending the letter from the household's fee page (docs/decisions/0007).
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { notify } from '@/lib/server/notifications/notify'
import { toLocalDate, type Settings } from '@/lib/rules'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { assertCan, DUNNING_LOGGERS, requireFeeHousehold } from './access'
import { openServiceIssues } from './ladder'

export async function requestLetterConfirmation({ actor, householdId, kind, now = new Date(), settings }: { actor: Actor; householdId: string; kind: 'letter' | 'lawyerLetter'; now?: Date; settings?: Settings }) {
  assertCan(actor, DUNNING_LOGGERS)
  const s = settings ?? (await loadSettings())
  return db.$transaction(async (tx) => {
    const h = await requireFeeHousehold(actor, householdId, tx)
    const issues = await openServiceIssues(tx, h.id)
    if (issues.openComplaints + issues.openRepairs === 0) throw new AppError('INVALID', '该户没有未结投诉或维修，无需主管确认')
    const supervisors = await tx.user.findMany({ where: { role: 'supervisor', active: true }, select: { id: true } })
    if (supervisors.length === 0) throw new AppError('INVALID', '系统中没有在职的主管账号')
    const what = kind === 'letter' ? '催费函' : '律师函'
    const day = toLocalDate(now, s)
    await notify(
      tx,
      supervisors.map((u) => ({
        userId: u.id,
        kind: 'letterConfirmation',
        title: `${actor.name} 请求确认向 ${h.roomNo} 发${what}`,
        body: `F7 该户有 ${issues.openComplaints} 件未结投诉、${issues.openRepairs} 件未完成维修。请在收费页面确认并发函。`,
        link: `/fees/households/${h.id}`,
        dedupeKey: `letterConfirmation:${h.id}:${kind}:${day}:${u.id}`,
      })),
    )
    return { notified: supervisors.length }
  })
}
