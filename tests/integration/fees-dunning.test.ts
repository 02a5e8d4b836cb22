// F6 ladder order and eligibility (quiet period, lawyer letter, legal action) and the F7 guard with supervisor confirmation.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resolveSettings } from '@/lib/rules'
import { getFeeHousehold } from '@/lib/server/fees/get-fee-household'
import { recordDunningStep } from '@/lib/server/fees/record-dunning-step'
import { recordPromise } from '@/lib/server/fees/record-promise'
import { requestLetterConfirmation } from '@/lib/server/fees/request-letter-confirmation'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { registered } from '../fixtures/complaints'
import { makeBills, resetFees } from '../fixtures/fees'

const settings = resolveSettings({})
const T = new Date('2026-11-25T02:00:00Z') // Wed 2026-11-25 10:00 Shanghai
const at = (month: number, d: number, h = 10) => new Date(Date.UTC(2026, month - 1, d, h - 8))

beforeEach(resetFees)

async function setup(periods = ['2026-08', '2026-09', '2026-10', '2026-11']) {
  const areas = await makeTwoAreas()
  const sup = await makeUser('supervisor')
  await makeBills(areas.h1.id, periods.map((period) => ({ period })))
  const step = (actor: typeof sup.actor, kind: string, now: Date, extra: Record<string, string> = {}) => {
    const channel = { reminder: 'sms', personal: 'phone', letter: 'post', lawyerLetter: 'post', legal: 'court' }[kind]!
    const outcome = { reminder: 'reached', personal: 'reached', letter: 'sent', lawyerLetter: 'sent', legal: 'filed' }[kind]!
    return recordDunningStep({ actor, householdId: areas.h1.id, input: { kind, channel, outcome, ...extra }, now, settings })
  }
  return { ...areas, sup, step }
}

describe('the dunning ladder (F6)', () => {
  it('goes in order; a letter starts 7 quiet days; the lawyer letter needs 3 months and 2 letters and sets a 14-day deadline; then legal action', async () => {
    const { h1, hk, sup, step } = await setup()
    expect((await step(sup.actor, 'letter', T).catch((e) => e)).message).toContain('F6 需先完成第 2 步（个别跟进与承诺缴费）')
    expect((await step(hk.actor, 'personal', T).catch((e) => e)).message).toContain('F6 需先完成第 1 步（逐户提醒）')
    await step(hk.actor, 'reminder', T)
    await step(hk.actor, 'personal', at(11, 25, 11))
    const letter = await step(sup.actor, 'letter', at(11, 25, 15))
    // Quiet until the end of the 7th day after 11-25 (12-02); the follow-up is due the day after.
    expect(letter.deadlineAt?.toISOString()).toBe('2026-12-03T15:59:59.999Z')
    const quiet = await step(hk.actor, 'reminder', at(12, 2, 20)).catch((e) => e)
    expect(quiet.code).toBe('INVALID')
    expect(quiet.message).toContain('F6 催费函发出后 7 天内不主动联系（静默期至 2026-12-02）')
    // Day 8: contact again; the lawyer letter is refused with one letter sent (3 months overdue on 12-03).
    await step(hk.actor, 'reminder', at(12, 3))
    const one = await step(sup.actor, 'lawyerLetter', at(12, 3, 11)).catch((e) => e)
    expect(one.message).toContain('F6 律师函需欠费满 3 个月且已发 2 份催费函（现为 3 个月、1 份）')
    await step(sup.actor, 'letter', at(12, 3, 12))
    // Two letters, but still in the second letter's quiet period.
    const stillQuiet = await step(sup.actor, 'lawyerLetter', at(12, 9)).catch((e) => e)
    expect(stillQuiet.message).toContain('静默期至 2026-12-10')
    expect(stillQuiet.message).not.toContain('律师函需')
    const lawyer = await step(sup.actor, 'lawyerLetter', at(12, 11))
    expect(lawyer.deadlineAt?.toISOString()).toBe('2026-12-25T15:59:59.999Z') // 14 days after 12-11
    expect((await step(sup.actor, 'legal', at(12, 25, 23)).catch((e) => e)).message).toContain('F6 需律师函的 14 天缴费期限已过')
    await step(sup.actor, 'legal', at(12, 26))
    const kinds = (await db.dunningStep.findMany({ where: { householdId: h1.id }, orderBy: { at: 'asc' } })).map((s) => s.kind)
    expect(kinds).toEqual(['reminder', 'personal', 'letter', 'reminder', 'letter', 'lawyerLetter', 'legal'])
    expect(await db.auditLog.count({ where: { entity: 'DunningStep', action: 'create' } })).toBe(7)
    // The page's view of the ladder agrees with the rules.
    const view = await getFeeHousehold({ actor: sup.actor, id: h1.id, now: at(12, 12), settings })
    expect(view.ladder.lettersSent).toBe(2)
    expect(view.ladder.lawyerDeadline).toMatchObject({ passed: false })
    expect(view.ladder.steps.find((s) => s.kind === 'legal')!.eligibility.allowed).toBe(false)
  })

  it('refuses the lawyer letter at 2 letters when the arrears are under 3 months', async () => {
    const { sup, step } = await setup(['2026-09', '2026-10', '2026-11'])
    await step(sup.actor, 'reminder', at(11, 1))
    await step(sup.actor, 'personal', at(11, 2))
    await step(sup.actor, 'letter', at(11, 3))
    await step(sup.actor, 'letter', at(11, 11))
    // 11-20: two letters, out of the quiet period, oldest bill due 09-15 → 2 months.
    const e = await step(sup.actor, 'lawyerLetter', at(11, 20)).catch((x) => x)
    expect(e.message).toContain('（现为 2 个月、2 份）')
    expect(e.message).not.toContain('静默期')
    // On 12-15 the arrears reach 3 months: allowed.
    const ok = await step(sup.actor, 'lawyerLetter', at(12, 15))
    expect(ok.kind).toBe('lawyerLetter')
  })

  it('a household that owes nothing is not dunned; the channel must fit the step', async () => {
    const { h1, hk, step } = await setup()
    const wrong = await recordDunningStep({ actor: hk.actor, householdId: h1.id, input: { kind: 'reminder', channel: 'post', outcome: 'reached' }, now: T, settings }).catch((e) => e)
    expect(wrong.fieldErrors.channel[0]).toContain('不能用这种方式')
    await db.bill.updateMany({ where: { householdId: h1.id }, data: { paidCents: 10_000 } })
    expect((await step(hk.actor, 'reminder', T).catch((e) => e)).message).toContain('没有未缴费用')
  })
})

describe('the dunning guard (F7)', () => {
  it('with an open complaint: a step needs the warning acknowledged; a letter is refused without a supervisor’s confirmation and recorded with it', async () => {
    const { h1, hk, sup, step } = await setup()
    const desk = await makeUser('frontDesk')
    await registered(desk.actor, h1.id, at(11, 20))
    const warned = await step(hk.actor, 'reminder', T).catch((e) => e)
    expect(warned.code).toBe('INVALID')
    expect(warned.message).toContain('F7 该户有 1 件未结投诉')
    expect(warned.fieldErrors.guardAcknowledged).toBeDefined()
    await step(hk.actor, 'reminder', T, { guardAcknowledged: 'on' })
    await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-26', amount: '100', channel: 'phone', guardAcknowledged: 'on' }, now: at(11, 25, 11), settings })
    // A housekeeper cannot confirm for the supervisor, even by ticking the box.
    const byHk = await step(hk.actor, 'letter', at(11, 27), { guardAcknowledged: 'on', supervisorConfirmed: 'on' }).catch((e) => e)
    expect(byHk.code).toBe('FORBIDDEN')
    expect(byHk.message).toContain('F7 发函前须主管确认')
    // The supervisor without ticking the confirmation: refused, nothing written.
    const unconfirmed = await step(sup.actor, 'letter', at(11, 27)).catch((e) => e)
    expect(unconfirmed.code).toBe('INVALID')
    expect(unconfirmed.fieldErrors.supervisorConfirmed).toBeDefined()
    expect(await db.dunningStep.count({ where: { householdId: h1.id, kind: 'letter' } })).toBe(0)
    const ok = await step(sup.actor, 'letter', at(11, 27), { supervisorConfirmed: 'on' })
    expect(ok.supervisorConfirmedById).toBe(sup.user.id)
    const log = await db.auditLog.findFirstOrThrow({ where: { entity: 'DunningStep', entityId: ok.id } })
    expect(JSON.stringify(log.after)).toContain('F7 发函前须主管确认')
  })

  it('an open repair counts too; the housekeeper asks the supervisors, once a day', async () => {
    const { h1, hk, sup } = await setup()
    await db.repair.create({ data: { no: 'WX-TEST-1', clientKey: 'repair-test-1', householdId: h1.id, category: 'pipe', description: '水管漏水', reportedAt: T, reportedById: hk.user.id, status: 'inProgress' } })
    const view = await getFeeHousehold({ actor: hk.actor, id: h1.id, now: T, settings })
    expect(view.issues).toEqual({ openComplaints: 0, openRepairs: 1 })
    expect(view.ladder.steps.find((s) => s.kind === 'letter')!.eligibility.guard).toMatchObject({ warn: true, requiresSupervisorConfirmation: true })
    expect(view.ladder.steps.find((s) => s.kind === 'reminder')!.eligibility.guard).toMatchObject({ warn: true, requiresSupervisorConfirmation: false })
    await requestLetterConfirmation({ actor: hk.actor, householdId: h1.id, kind: 'letter', now: T, settings })
    await requestLetterConfirmation({ actor: hk.actor, householdId: h1.id, kind: 'letter', now: T, settings })
    const n = await db.notification.findMany({ where: { userId: sup.user.id, kind: 'letterConfirmation' } })
    expect(n).toHaveLength(1)
    expect(n[0]!.link).toBe(`/fees/households/${h1.id}`)
    await db.repair.updateMany({ where: { householdId: h1.id }, data: { status: 'completed' } })
    expect((await requestLetterConfirmation({ actor: hk.actor, householdId: h1.id, kind: 'letter', now: T, settings }).catch((e) => e)).message).toContain('无需主管确认')
  })
})
