import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { escalateMissedDeadlines } from '@/lib/jobs/escalate-missed-deadlines'
import { assignComplaint, markComplaintHandled } from '@/lib/server/complaints/workflow'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { registered } from '../fixtures/complaints'

const run = promisify(execFile)
const T0 = new Date('2026-11-25T02:00:00Z') // Wed 10:00 Shanghai
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000)

/** Runs the job in a separate process, as another app instance would. */
function runner(now: Date) {
  return run(path.resolve('node_modules/.bin/tsx'), ['scripts/run-jobs.ts', '--now', now.toISOString()], { env: { ...process.env }, cwd: process.cwd() })
}

async function setup() {
  const areas = await makeTwoAreas()
  const desk = await makeUser('frontDesk')
  const quality = await makeUser('centerManager', { title: 'centerManager,qualityHead' })
  const csHead = await makeUser('supervisor', { title: 'chiefHousekeeper,customerServiceHead' })
  const engHead = await makeUser('technician', { title: 'engineeringHead' })
  return { ...areas, desk, quality, csHead, engHead }
}

describe('P7: a missed deadline raises the level once, recorded with its reason', () => {
  it('nothing happens before the R1 deadline; one minute after it, level 4 → 3 with the reason, a step and notifications for the new leads', async () => {
    const { desk, h1, quality, csHead, engHead } = await setup()
    const c = await registered(desk.actor, h1.id, T0) // urgent: R1 due T0 + 24 h
    expect(await escalateMissedDeadlines(db, hours(24))).toBe(0)
    expect(await escalateMissedDeadlines(db, new Date(hours(24).getTime() + 60_000))).toBe(1)
    const after = await db.complaint.findUniqueOrThrow({ where: { id: c.id }, include: { escalations: true, steps: true } })
    expect(after.level).toBe(3)
    expect(after.escalations).toHaveLength(1)
    expect(after.escalations[0]).toMatchObject({ fromLevel: 4, toLevel: 3, deadlineKey: 'reply@2026-11-26T02:00:00.000Z' })
    expect(after.escalations[0]!.reason).toContain('R1')
    expect(after.steps.some((s) => s.kind === 'escalated' && s.actorId === null)).toBe(true)
    const notified = await db.notification.findMany({ where: { kind: 'complaintEscalated' }, select: { userId: true } })
    // Level 3 is led by the heads of quality, customer service and engineering (P5).
    expect(notified.map((n) => n.userId).sort()).toEqual([quality.user.id, csHead.user.id, engHead.user.id].sort())
    // Running again changes nothing more.
    expect(await escalateMissedDeadlines(db, hours(30))).toBe(0)
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).level).toBe(3)
  })

  it('a second missed deadline raises again (3 → 2), never beyond 2 by deadlines alone, and never down', async () => {
    const { desk, h1, engHead } = await setup()
    const sup = await makeUser('supervisor')
    const c = await registered(desk.actor, h1.id, T0)
    let r = await assignComplaint({ actor: sup.actor, id: c.id, input: { version: 1, department: 'engineering', assigneeId: engHead.user.id, plan: '修' }, now: hours(1) })
    r = await markComplaintHandled({ actor: sup.actor, id: c.id, input: { version: r.version, note: '修好' }, now: hours(2) })
    // Never replied (R1 missed), result never reported (R2: 1 working day → end of Thu 2026-11-26), callback (C4: end of 2026-12-02).
    expect(await escalateMissedDeadlines(db, new Date('2026-11-27T00:00:00Z'))).toBe(2)
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).level).toBe(2)
    expect(await escalateMissedDeadlines(db, new Date('2026-12-03T00:00:00Z'))).toBe(1)
    const end = await db.complaint.findUniqueOrThrow({ where: { id: c.id }, include: { escalations: true } })
    expect(end.level).toBe(2)
    expect(end.escalations).toHaveLength(3)
  })

  it('a deadline met in time is not an escalation; a closed complaint is left alone', async () => {
    const { desk, h1 } = await setup()
    const c = await registered(desk.actor, h1.id, T0)
    await db.complaint.update({ where: { id: c.id }, data: { repliedAt: hours(1), nextDueAt: null } })
    expect(await escalateMissedDeadlines(db, hours(48))).toBe(0)
    const closed = await registered(desk.actor, h1.id, T0)
    await db.complaint.update({ where: { id: closed.id }, data: { status: 'closed' } })
    expect(await escalateMissedDeadlines(db, hours(48))).toBe(0)
  })

  it('two runners at the same time (separate processes, like two app instances) escalate each deadline exactly once', async () => {
    const { desk, h1, h2, quality } = await setup()
    const ids: string[] = []
    for (let i = 0; i < 12; i++) ids.push((await registered(desk.actor, i % 2 ? h1.id : h2.id, T0)).id)
    const now = hours(25)
    const [a, b] = await Promise.all([runner(now), runner(now)])
    const changed = JSON.parse(a.stdout).escalateMissedDeadlines + JSON.parse(b.stdout).escalateMissedDeadlines
    expect(changed).toBe(12)
    expect(await db.complaintEscalation.count({ where: { complaintId: { in: ids } } })).toBe(12)
    expect(await db.complaint.count({ where: { id: { in: ids }, level: 3 } })).toBe(12)
    expect(await db.complaintStep.count({ where: { complaintId: { in: ids }, kind: 'escalated' } })).toBe(12)
    expect(await db.notification.count({ where: { userId: quality.user.id, kind: 'complaintEscalated', link: { in: ids.map((id) => `/complaints/${id}`) } } })).toBe(12)
    // And a third run later changes nothing.
    const c = await runner(hours(26))
    expect(JSON.parse(c.stdout).escalateMissedDeadlines).toBe(0)
  }, 60_000)
})
