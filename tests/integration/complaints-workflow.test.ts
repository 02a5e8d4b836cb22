import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { assignComplaint, closeComplaint, handOverComplaint, markComplaintHandled, recordResultReply, replyComplaint } from '@/lib/server/complaints/workflow'
import { recordComplaintCallback } from '@/lib/server/complaints/record-callback'
import { correctComplaintFacts } from '@/lib/server/complaints/correct-facts'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { registered } from '../fixtures/complaints'

// Fri 2026-02-13 10:00 Shanghai: the day before the Spring Festival make-up Saturday.
const T0 = new Date('2026-02-13T02:00:00Z')
const at = (h: number) => new Date(T0.getTime() + h * 3_600_000)

async function setup() {
  const areas = await makeTwoAreas()
  const desk = await makeUser('frontDesk')
  const sup = await makeUser('supervisor')
  const tech = await makeUser('technician', { title: 'engineeringHead' })
  const c = await registered(desk.actor, areas.h1.id, T0)
  return { ...areas, desk, sup, tech, c }
}

describe('the complaint workflow (P4) with its deadlines', () => {
  it('assign → reply → handled (R2 1 working day skips to the make-up Saturday, C4 7 days) → result reply → callback → close', async () => {
    const { desk, sup, hk, tech, c } = await setup()
    let r = await assignComplaint({ actor: sup.actor, id: c.id, input: { version: 1, department: 'engineering', assigneeId: tech.user.id, plan: '派工程部更换楼道灯' }, now: at(1) })
    expect(r.status).toBe('assigned')
    expect(await db.notification.count({ where: { userId: tech.user.id, kind: 'complaintAssigned' } })).toBe(1)
    r = await replyComplaint({ actor: desk.actor, id: c.id, input: { version: r.version, replyText: '今天下午派人维修' }, now: at(2) })
    expect(r.repliedAt?.toISOString()).toBe(at(2).toISOString())
    r = await markComplaintHandled({ actor: sup.actor, id: c.id, input: { version: r.version, note: '已更换灯具' }, now: at(5) })
    expect(r.status).toBe('handled')
    // Phone complaint handled Fri 13:00 → 1 working day = end of Sat 2026-02-14 (make-up working day).
    expect(r.resultReplyDueAt?.toISOString()).toBe('2026-02-14T15:59:59.999Z')
    // C4: end of the 7th calendar day after 2026-02-13.
    expect(r.callbackDueAt?.toISOString()).toBe('2026-02-20T15:59:59.999Z')
    expect(r.nextDueAt?.toISOString()).toBe('2026-02-14T15:59:59.999Z')
    r = await recordResultReply({ actor: desk.actor, id: c.id, input: { version: r.version, resultReplyText: '已电话告知住户维修完成' }, now: at(6) })
    expect(r.nextDueAt?.toISOString()).toBe('2026-02-20T15:59:59.999Z')
    r = await recordComplaintCallback({ actor: hk.actor, id: c.id, input: { version: r.version, satisfaction: 'satisfied', words: '很满意', leads: { owner: hk.user.id } }, now: at(30) })
    expect(r.status).toBe('calledBack')
    expect(r.nextDueAt).toBeNull()
    r = await closeComplaint({ actor: desk.actor, id: c.id, input: { version: r.version, summaryCause: '灯具老化', summaryLesson: '巡检未覆盖楼道灯', summaryChange: '每周巡检楼道照明' }, now: at(31) })
    expect(r.status).toBe('closed')
    const steps = await db.complaintStep.findMany({ where: { complaintId: c.id }, orderBy: { at: 'asc' }, select: { kind: true, actorId: true } })
    expect(steps.map((s) => s.kind)).toEqual(['recorded', 'assigned', 'replied', 'handled', 'resultReplied', 'calledBack', 'closed'])
    expect(steps.every((s) => s.actorId)).toBe(true)
    expect(await db.auditLog.count({ where: { entity: 'Complaint', entityId: c.id } })).toBe(7)
    expect(await db.complaintCallback.count({ where: { complaintId: c.id, satisfaction: 'satisfied' } })).toBe(1)
  })

  it('a second save with a stale version is refused and changes nothing', async () => {
    const { sup, tech, c } = await setup()
    await assignComplaint({ actor: sup.actor, id: c.id, input: { version: 1, department: 'engineering', assigneeId: tech.user.id, plan: '方案一' }, now: at(1) })
    const err = await assignComplaint({ actor: sup.actor, id: c.id, input: { version: 1, department: 'security', assigneeId: tech.user.id, plan: '方案二' }, now: at(1) }).catch((e) => e)
    expect(err.code).toBe('CONFLICT')
    const now = await db.complaint.findUniqueOrThrow({ where: { id: c.id } })
    expect(now.plan).toBe('方案一')
    expect(now.version).toBe(2)
  })

  it('only the owner, supervisors and managers change it; a housekeeper of another area cannot even see it', async () => {
    const { desk, c, h1 } = await setup()
    const otherDesk = await makeUser('frontDesk')
    const err = await replyComplaint({ actor: otherDesk.actor, id: c.id, input: { version: 1, replyText: 'x' }, now: at(1) }).catch((e) => e)
    expect(err.code).toBe('FORBIDDEN')
    const stranger = await makeUser('housekeeper', { areaIds: [] })
    expect((await replyComplaint({ actor: stranger.actor, id: c.id, input: { version: 1, replyText: 'x' }, now: at(1) }).catch((e) => e)).code).toBe('NOT_FOUND')
    const admin = await makeUser('admin')
    expect((await replyComplaint({ actor: admin.actor, id: c.id, input: { version: 1, replyText: 'x' }, now: at(1) }).catch((e) => e)).code).toBe('FORBIDDEN')
    // The owner can hand over to a named person, who then owns it.
    const r = await handOverComplaint({ actor: desk.actor, id: c.id, input: { version: 1, ownerId: otherDesk.user.id, note: '我休假，交给同事' }, now: at(1) })
    expect(r.ownerId).toBe(otherDesk.user.id)
    expect((await replyComplaint({ actor: desk.actor, id: c.id, input: { version: r.version, replyText: 'x' }, now: at(2) }).catch((e) => e)).code).toBe('FORBIDDEN')
    expect(h1.id).toBeTruthy()
  })

  it('handled needs an assignment first; close needs a callback; closing needs the three summary fields', async () => {
    const { sup, tech, c } = await setup()
    expect((await markComplaintHandled({ actor: sup.actor, id: c.id, input: { version: 1, note: '好了' }, now: at(1) }).catch((e) => e)).message).toContain('分派')
    const r = await assignComplaint({ actor: sup.actor, id: c.id, input: { version: 1, department: 'engineering', assigneeId: tech.user.id, plan: '修' }, now: at(1) })
    const closeErr = await closeComplaint({ actor: sup.actor, id: c.id, input: { version: r.version, summaryCause: 'a', summaryLesson: 'b', summaryChange: 'c' }, now: at(2) }).catch((e) => e)
    expect(closeErr.message).toContain('回访')
    const fieldErr = await closeComplaint({ actor: sup.actor, id: c.id, input: { version: r.version, summaryCause: '', summaryLesson: '', summaryChange: '' }, now: at(2) }).catch((e) => e)
    expect(Object.keys(fieldErr.fieldErrors).sort()).toEqual(['summaryCause', 'summaryChange', 'summaryLesson'])
  })

  it('not satisfied reopens the complaint; the callback must include the leads of the level', async () => {
    const { sup, tech, hk, c } = await setup()
    let r = await assignComplaint({ actor: sup.actor, id: c.id, input: { version: 1, department: 'engineering', assigneeId: tech.user.id, plan: '修' }, now: at(1) })
    r = await markComplaintHandled({ actor: sup.actor, id: c.id, input: { version: r.version, note: '修好' }, now: at(2) })
    const missing = await recordComplaintCallback({ actor: hk.actor, id: c.id, input: { version: r.version, satisfaction: 'satisfied', leads: {} }, now: at(3) }).catch((e) => e)
    expect(missing.fieldErrors.lead_owner[0]).toContain('请选择')
    const wrong = await recordComplaintCallback({ actor: hk.actor, id: c.id, input: { version: r.version, satisfaction: 'satisfied', leads: { owner: tech.user.id } }, now: at(3) }).catch((e) => e)
    expect(wrong.fieldErrors.lead_owner[0]).toContain('不能担任')
    r = await recordComplaintCallback({ actor: hk.actor, id: c.id, input: { version: r.version, satisfaction: 'notSatisfied', words: '还是不亮', leads: { owner: hk.user.id } }, now: at(3) })
    expect(r.status).toBe('assigned')
    expect(r.handledAt).toBeNull()
    expect(r.callbackDueAt).toBeNull()
    expect(await db.complaintStep.count({ where: { complaintId: c.id, kind: 'reopened' } })).toBe(1)
  })

  it('a supervisor corrects the facts: the level is recomputed (and may go down), audited; front desk cannot', async () => {
    const { sup, desk, c } = await setup()
    let r = await correctComplaintFacts({ actor: sup.actor, id: c.id, input: { version: 1, channel: 'phone', nature: 'effective', householdsAffected: '12', note: '实际影响整栋楼' }, now: at(1) })
    expect(r.level).toBe(2)
    r = await correctComplaintFacts({ actor: sup.actor, id: c.id, input: { version: r.version, channel: 'phone', nature: 'question', householdsAffected: '1', note: '核实后只是咨询' }, now: at(2) })
    expect(r.level).toBe(4)
    expect(await db.auditLog.count({ where: { entityId: c.id, action: 'correctFacts', actorId: sup.user.id } })).toBe(2)
    expect((await correctComplaintFacts({ actor: desk.actor, id: c.id, input: { version: r.version, channel: 'phone', nature: 'effective', householdsAffected: '1', note: 'x' }, now: at(3) }).catch((e) => e)).code).toBe('FORBIDDEN')
  })
})
