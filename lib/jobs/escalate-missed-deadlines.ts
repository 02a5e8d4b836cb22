// P7: a missed deadline raises the complaint's level by one at the moment it passes, whether or not anyone
// opens the complaint. Exactly once, even with several runners on one PostgreSQL database: each missed
// deadline is a unique (complaint, deadline) row inserted in the same transaction as the level change.
import type { Db, Tx } from '@/lib/db'
import { audit } from '@/lib/audit'
import { complaintDeadlines, LEAD_LABELS, LEVEL_LABELS, missedDeadlines, type ComplaintLevel, type Settings } from '@/lib/rules'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { levelOf, priorSameMatter } from '@/lib/server/complaints/level'
import { activeStaff, usersForLeads } from '@/lib/server/complaints/leads'
import { notify } from '@/lib/server/notifications/notify'
import { computedLeads } from './leads-for-level'

const KEY_LABELS: Record<string, string> = { reply: '答复期限（R1）', resultReply: '结果回复期限（R2）', callback: '回访期限（C4）' }

export async function escalateMissedDeadlines(db: Db, now: Date, settings?: Settings): Promise<number> {
  const s = settings ?? (await loadSettings(db))
  const candidates = await db.complaint.findMany({
    where: {
      status: { not: 'closed' },
      OR: [{ replyDueAt: { lt: now } }, { resultReplyDueAt: { lt: now } }, { callbackDueAt: { lt: now } }],
    },
    select: {
      id: true,
      channel: true,
      urgency: true,
      registeredAt: true,
      repliedAt: true,
      handledAt: true,
      resultRepliedAt: true,
      calledBackAt: true,
      escalations: { select: { deadlineKey: true } },
    },
  })
  let changed = 0
  for (const c of candidates) {
    const deadlines = complaintDeadlines(
      { registeredAt: c.registeredAt, urgency: c.urgency, channel: c.channel, handledAt: c.handledAt, repliedAt: c.repliedAt, resultRepliedAt: c.resultRepliedAt, calledBackAt: c.calledBackAt },
      s,
    )
    const done = new Set(c.escalations.map((e) => e.deadlineKey))
    for (const key of missedDeadlines(deadlines, now)) {
      const d = deadlines.find((x) => x.key === key)!
      // The due instant is part of the key: after a reopen, a new R2/C4 deadline is a new deadline.
      const deadlineKey = `${key}@${d.due.toISOString()}`
      if (done.has(deadlineKey)) continue
      if (await escalateOne(db, c.id, deadlineKey, key, d.due, d.label, now, s)) changed++
    }
  }
  return changed
}

async function escalateOne(db: Db, complaintId: string, deadlineKey: string, key: string, dueAt: Date, label: string, now: Date, s: Settings) {
  try {
    return await db.$transaction(async (tx) => {
      // Take the row first (a write lock on PostgreSQL): concurrent escalations of one complaint run one after another.
      await tx.complaint.update({ where: { id: complaintId }, data: { version: { increment: 1 } } })
      const c = await tx.complaint.findUniqueOrThrow({
        where: { id: complaintId },
        select: { id: true, no: true, status: true, level: true, ownerId: true, department: true, householdId: true, repeatOfId: true, registeredAt: true, nature: true, channel: true, injury: true, propertyDamageOrSafety: true, householdsAffected: true },
      })
      if (c.status === 'closed') return false
      await tx.complaintEscalation.create({ data: { complaintId, deadlineKey, fromLevel: c.level, toLevel: c.level, reason: '', dueAt, at: now } })
      const missed = await tx.complaintEscalation.count({ where: { complaintId } })
      const prior = await priorSameMatter(tx, { rootId: c.repeatOfId, householdId: c.householdId, at: c.registeredAt, excludeId: c.id }, s)
      const computed = levelOf(c, prior, missed, s)
      // The level never goes down by itself.
      const toLevel = Math.min(c.level, computed.level) as ComplaintLevel
      const reason = `P7 错过${KEY_LABELS[key] ?? key}（${label}）→ ${toLevel < c.level ? `由${LEVEL_LABELS[c.level as ComplaintLevel]}升为${LEVEL_LABELS[toLevel]}` : `保持${LEVEL_LABELS[toLevel]}`}`
      await tx.complaintEscalation.update({ where: { complaintId_deadlineKey: { complaintId, deadlineKey } }, data: { toLevel, reason } })
      await tx.complaint.update({ where: { id: complaintId }, data: { level: toLevel, levelReasons: computed.reasons } })
      await tx.complaintStep.create({ data: { complaintId, kind: 'escalated', actorId: null, at: now, note: reason, data: { fromLevel: c.level, toLevel, deadlineKey } } })
      await audit(tx, { actorId: null, entity: 'Complaint', entityId: complaintId, action: 'escalate', before: { level: c.level }, after: { level: toLevel, reason }, at: now })
      await notifyLeads(tx, c, toLevel, reason, deadlineKey)
      return true
    })
  } catch (e) {
    // Another runner recorded this deadline first: nothing to do.
    if ((e as { code?: string }).code === 'P2002') return false
    throw e
  }
}

async function notifyLeads(tx: Tx, c: { id: string; no: string; ownerId: string; department: string | null; householdId: string }, level: ComplaintLevel, reason: string, deadlineKey: string) {
  const staff = await activeStaff(tx)
  const leads = computedLeads(level)
  const ids = usersForLeads(staff, leads, c.department, c.ownerId)
  if (leads.includes('housekeeper')) {
    // The housekeeper of the household's area joins a major complaint's callback (P6).
    const hk = await tx.user.findMany({ where: { role: 'housekeeper', active: true, areas: { some: { area: { buildings: { some: { households: { some: { id: c.householdId } } } } } } } }, select: { id: true } })
    for (const u of hk) if (!ids.includes(u.id)) ids.push(u.id)
  }
  await notify(
    tx,
    ids.map((userId) => ({
      userId,
      kind: 'complaintEscalated',
      title: `投诉 ${c.no} 升为${LEVEL_LABELS[level]}：请${leads.map((l) => LEAD_LABELS[l]).join('、')}跟进`,
      body: reason,
      link: `/complaints/${c.id}`,
      dedupeKey: `esc:${c.id}:${deadlineKey}:${userId}`,
    })),
  )
}
