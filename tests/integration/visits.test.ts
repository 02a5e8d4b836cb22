// Logging a visit (V6): validation, V5 windows, R1 follow-ups, idempotency, one transaction, area scope.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resolveSettings, TRIGGER_LABELS } from '@/lib/rules'
import { isAppError } from '@/lib/errors'
import { createVisit } from '@/lib/server/visits/create-visit'
import { visitFormContext } from '@/lib/server/visits/visit-form-context'
import { TRIGGER_KEYS } from '@/lib/validation/visit'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { localInput, MIN, MONDAY_10, TUESDAY_10, visitInput } from '../fixtures/visits'

const settings = resolveSettings()
const now = TUESDAY_10

async function fails(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (isAppError(e)) return e
    throw e
  }
  throw new Error('expected an AppError')
}

describe('createVisit', () => {
  it('logs a home visit with two feedback items: the unanswered one becomes a follow-up with its R1 deadline', async () => {
    const { h1, hk } = await makeTwoAreas()
    const { user: tech } = await makeUser('technician')
    const input = visitInput(h1.id, now, {
      feedback: [
        { text: '询问停车位租赁价格', urgency: 'general', answeredOnSpot: true, answer: '已告知每月 300 元' },
        { text: '厨房顶棚渗水', urgency: 'urgent', answeredOnSpot: false, department: 'engineering', assigneeId: tech.id },
      ],
    })
    const r = await createVisit({ actor: hk.actor, input, now, settings })
    expect(r.duplicate).toBe(false)
    expect(r.followUps).toHaveLength(1)
    const visit = await db.visit.findUniqueOrThrow({ where: { id: r.id }, include: { feedbackItems: { include: { followUp: true }, orderBy: { createdAt: 'asc' } } } })
    expect(visit.kind).toBe('home')
    expect(visit.housekeeperId).toBe(hk.user.id)
    expect(visit.observations).toMatchObject({ door: true, shoes: true, clutter: false, note: '门口整洁' })
    expect(visit.feedbackItems).toHaveLength(2)
    const answered = visit.feedbackItems.find((f) => f.answeredOnSpot)!
    expect(answered.answer).toBe('已告知每月 300 元')
    expect(answered.followUp).toBeNull()
    const f = visit.feedbackItems.find((x) => !x.answeredOnSpot)!.followUp!
    // R1 urgent: 24 clock hours from the end of the visit.
    expect(f.dueAt.getTime()).toBe(visit.endedAt.getTime() + 24 * 60 * MIN)
    expect(f.rule).toBe('R1 紧急 24小时')
    expect(f).toMatchObject({ department: 'engineering', assigneeId: tech.id, status: 'open', householdId: h1.id, source: 'feedback' })
    const audits = await db.auditLog.findMany({ where: { actorId: hk.user.id } })
    expect(audits.map((a) => `${a.entity}:${a.action}`).sort()).toEqual(['FollowUp:create', 'Visit:create'])
  })

  it('routes an unanswered item to the housekeeper when no person is chosen (general: 48 h)', async () => {
    const { h1, hk } = await makeTwoAreas()
    const r = await createVisit({ actor: hk.actor, input: visitInput(h1.id, now, { feedback: [{ text: '希望增加健身器材', urgency: 'general', answeredOnSpot: false, department: 'customerService' }] }), now, settings })
    const f = await db.followUp.findUniqueOrThrow({ where: { id: r.followUps[0]!.id } })
    expect(f.assigneeId).toBe(hk.user.id)
    expect(f.rule).toBe('R1 一般 48小时')
  })

  it('is idempotent by clientKey: the same draft sent twice (even at once) makes one visit', async () => {
    const { h1, hk } = await makeTwoAreas()
    const input = visitInput(h1.id, now, { feedback: [{ text: '楼道灯不亮', urgency: 'general', answeredOnSpot: false, department: 'engineering' }] })
    const first = await createVisit({ actor: hk.actor, input, now, settings })
    const again = await createVisit({ actor: hk.actor, input, now, settings })
    expect(again).toMatchObject({ id: first.id, duplicate: true })
    expect(again.followUps.map((f) => f.id)).toEqual(first.followUps.map((f) => f.id))
    const twin = visitInput(h1.id, now)
    const both = await Promise.all([createVisit({ actor: hk.actor, input: twin, now, settings }), createVisit({ actor: hk.actor, input: twin, now, settings })])
    expect(both[0].id).toBe(both[1].id)
    expect(await db.visit.count({ where: { householdId: h1.id } })).toBe(2)
    expect(await db.followUp.count({ where: { householdId: h1.id } })).toBe(1)
  })

  it('writes nothing when one feedback item fails inside the transaction', async () => {
    const { h1, hk } = await makeTwoAreas()
    const input = visitInput(h1.id, now, {
      feedback: [
        { text: '电梯异响', urgency: 'urgent', answeredOnSpot: false, department: 'engineering' },
        { text: '垃圾桶满了', urgency: 'general', answeredOnSpot: false, department: 'environment', assigneeId: 'no-such-user' },
      ],
    })
    const e = await fails(createVisit({ actor: hk.actor, input, now, settings }))
    expect(e.code).toBe('INVALID')
    expect(e.fieldErrors?.['feedback.1.assigneeId']).toEqual(['请选择有效的负责人'])
    expect(await db.visit.count({ where: { householdId: h1.id } })).toBe(0)
    expect(await db.feedbackItem.count({ where: { visit: { householdId: h1.id } } })).toBe(0)
    expect(await db.followUp.count({ where: { householdId: h1.id } })).toBe(0)
    expect(await db.auditLog.count({ where: { actorId: hk.user.id } })).toBe(0)
  })

  it('refuses end before start, a visit in the future, an empty item and an answered item without its answer — with Chinese messages per field', async () => {
    const { h1, hk } = await makeTwoAreas()
    const endBeforeStart = visitInput(h1.id, now, { startedAt: localInput(new Date(now.getTime() - 10 * MIN)), endedAt: localInput(new Date(now.getTime() - 30 * MIN)) })
    expect((await fails(createVisit({ actor: hk.actor, input: endBeforeStart, now, settings }))).fieldErrors?.endedAt).toEqual(['结束时间不能早于开始时间'])

    const future = visitInput(h1.id, now, { startedAt: localInput(new Date(now.getTime() + 10 * MIN)), endedAt: localInput(new Date(now.getTime() + 30 * MIN)) })
    const fe = await fails(createVisit({ actor: hk.actor, input: future, now, settings }))
    expect(fe.fieldErrors?.startedAt).toEqual(['走访开始时间不能晚于现在'])
    expect(fe.fieldErrors?.endedAt).toEqual(['结束时间不能晚于现在'])

    // A minute of clock skew is tolerated (the phone's clock may run ahead).
    const skew = visitInput(h1.id, now, { startedAt: localInput(new Date(now.getTime() - 20 * MIN)), endedAt: localInput(new Date(now.getTime() + 40_000)) })
    expect((await createVisit({ actor: hk.actor, input: skew, now, settings })).duplicate).toBe(false)

    const empty = visitInput(h1.id, now, { feedback: [{ text: '   ', urgency: 'general', answeredOnSpot: true, answer: 'x' }] })
    expect((await fails(createVisit({ actor: hk.actor, input: empty, now, settings }))).fieldErrors?.['feedback.0.text']).toEqual(['请填写意见或诉求内容'])

    const noAnswer = visitInput(h1.id, now, { feedback: [{ text: '物业费能否分期', urgency: 'general', answeredOnSpot: true }] })
    expect((await fails(createVisit({ actor: hk.actor, input: noAnswer, now, settings }))).fieldErrors?.['feedback.0.answer']).toEqual(['已当场答复的，请填写答复内容'])

    const noDept = visitInput(h1.id, now, { feedback: [{ text: '物业费能否分期', urgency: 'general', answeredOnSpot: false }] })
    expect((await fails(createVisit({ actor: hk.actor, input: noDept, now, settings }))).fieldErrors?.['feedback.0.department']).toEqual(['未当场答复的，请选择处理部门'])
    expect(await db.visit.count({ where: { householdId: h1.id } })).toBe(1)
  })

  it('V5: a phone visit on a Monday needs a reason and names the next allowed time; with a reason it is logged', async () => {
    const { h1, hk } = await makeTwoAreas()
    const monday = { kind: 'phone' as const, startedAt: localInput(MONDAY_10), endedAt: localInput(new Date(MONDAY_10.getTime() + 8 * MIN)) }
    const e = await fails(createVisit({ actor: hk.actor, input: visitInput(h1.id, now, monday), now, settings }))
    expect(e.fieldErrors?.outsideWindowReason?.[0]).toContain('不在电话回访时段内')
    expect(e.fieldErrors?.outsideWindowReason?.[0]).toContain('下一个可拨打时间：2026年11月24日 周二 09:00')
    const r = await createVisit({ actor: hk.actor, input: visitInput(h1.id, now, { ...monday, outsideWindowReason: '住户主动来电' }), now, settings })
    const phoneVisit = await db.visit.findUniqueOrThrow({ where: { id: r.id } })
    expect(phoneVisit.outsideWindowReason).toBe('住户主动来电')
    // Nothing is observed at the door on the phone.
    expect(phoneVisit.observations).toBeNull()
    // Inside the window no reason is needed, and a stray one is not stored.
    const tuesday = { kind: 'phone' as const, startedAt: localInput(new Date(now.getTime() - 20 * MIN)), endedAt: localInput(new Date(now.getTime() - 10 * MIN)), outsideWindowReason: '无' }
    const ok = await createVisit({ actor: hk.actor, input: visitInput(h1.id, now, tuesday), now, settings })
    expect((await db.visit.findUniqueOrThrow({ where: { id: ok.id } })).outsideWindowReason).toBeNull()
  })

  it('a housekeeper of another area gets NOT_FOUND and nothing is written; other roles are refused', async () => {
    const { other, h1, hk } = await makeTwoAreas()
    expect((await fails(createVisit({ actor: hk.actor, input: visitInput(other.id, now), now, settings }))).code).toBe('NOT_FOUND')
    expect((await fails(visitFormContext({ actor: hk.actor, householdId: other.id }))).code).toBe('NOT_FOUND')
    const { actor: desk } = await makeUser('frontDesk')
    expect((await fails(createVisit({ actor: desk, input: visitInput(h1.id, now), now, settings }))).code).toBe('FORBIDDEN')
    const { actor: sup } = await makeUser('supervisor')
    expect((await createVisit({ actor: sup, input: visitInput(other.id, now), now, settings })).duplicate).toBe(false)
    expect(await db.visit.count({ where: { householdId: other.id } })).toBe(1)
  })

  it('someone else’s clientKey is not handed back', async () => {
    const { h1, hk, a } = await makeTwoAreas()
    const { actor: hk2 } = await makeUser('housekeeper', { areaIds: [a.id] })
    const input = visitInput(h1.id, now)
    await createVisit({ actor: hk.actor, input, now, settings })
    expect((await fails(createVisit({ actor: hk2, input, now, settings }))).code).toBe('CONFLICT')
  })

  it('links an approved planned visit once', async () => {
    const { h1, hk } = await makeTwoAreas()
    const plan = await db.visitPlan.create({ data: { housekeeperId: hk.user.id, period: 'month', periodKey: '2026-11', status: 'approved', items: { create: [{ householdId: h1.id, plannedDate: '2026-11-24', kind: 'home' }] } }, include: { items: true } })
    const planItemId = plan.items[0]!.id
    const r = await createVisit({ actor: hk.actor, input: visitInput(h1.id, now, { planItemId }), now, settings })
    expect((await db.visit.findUniqueOrThrow({ where: { id: r.id } })).planItemId).toBe(planItemId)
    expect((await fails(createVisit({ actor: hk.actor, input: visitInput(h1.id, now, { planItemId }), now, settings }))).fieldErrors?.planItemId).toBeDefined()
  })

  it('a visit made for a §3.3 task settles the household’s open task of that kind', async () => {
    const { h1, h2, hk } = await makeTwoAreas()
    const task = (householdId: string, source: string) => db.followUp.create({ data: { householdId, source, title: '婚庆服务', dueAt: now, rule: '3.3-6', assigneeId: hk.user.id } })
    const wedding = await task(h1.id, 'wedding')
    const welcome = await task(h1.id, 'moveInWelcome')
    const elsewhere = await task(h2.id, 'wedding')
    await createVisit({ actor: hk.actor, input: visitInput(h1.id, now, { purpose: 'wedding' }), now, settings })
    expect((await db.followUp.findUniqueOrThrow({ where: { id: wedding.id } })).status).toBe('done')
    expect((await db.followUp.findUniqueOrThrow({ where: { id: wedding.id } })).reply).toContain('已上门走访')
    expect((await db.followUp.findUniqueOrThrow({ where: { id: welcome.id } })).status).toBe('open')
    expect((await db.followUp.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe('open')
    expect(await db.auditLog.count({ where: { entity: 'FollowUp', entityId: wedding.id, action: 'close' } })).toBe(1)
  })

  it('offers every §3.3 trigger as a purpose', () => {
    expect([...TRIGGER_KEYS].sort()).toEqual(Object.keys(TRIGGER_LABELS).sort())
  })
})
