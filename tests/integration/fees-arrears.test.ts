// F1/F3/F4/F5: payment allocation, the month's arrears list with its figures, compiling it, the case (version-checked),
// reminders due, promises kept and broken (with the idempotent job).
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resolveSettings } from '@/lib/rules'
import { compileArrearsList } from '@/lib/server/fees/compile-arrears-list'
import { getFeeHousehold } from '@/lib/server/fees/get-fee-household'
import { listArrears } from '@/lib/server/fees/list-arrears'
import { listPromisesDue } from '@/lib/server/fees/list-promises-due'
import { listRemindersDue } from '@/lib/server/fees/list-reminders-due'
import { markBrokenPromises } from '@/lib/server/fees/mark-broken-promises'
import { recordDunningStep } from '@/lib/server/fees/record-dunning-step'
import { recordPayment } from '@/lib/server/fees/record-payment'
import { recordPromise } from '@/lib/server/fees/record-promise'
import { saveArrearsCase } from '@/lib/server/fees/save-arrears-case'
import { waiveLateFee } from '@/lib/server/fees/waive-late-fee'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { makeBills, resetFees } from '../fixtures/fees'

const settings = resolveSettings({})
// Wed 2026-11-25 10:00 Shanghai: ten days after November's bills were due, a reminder date (25th).
const T = new Date('2026-11-25T02:00:00Z')
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h - 8))

beforeEach(resetFees)

async function setup() {
  const areas = await makeTwoAreas()
  const sup = await makeUser('supervisor')
  return { ...areas, sup }
}

describe('payments are allocated to the oldest unpaid bills (F1)', () => {
  it('a hand payment fills bills oldest first; the surplus is a credit the next bill takes; a double submit records once', async () => {
    const { h1, sup } = await setup()
    const [sep, oct, nov] = await makeBills(h1.id, [{ period: '2026-09' }, { period: '2026-10' }, { period: '2026-11' }])
    const r = await recordPayment({ actor: sup.actor, householdId: h1.id, input: { clientKey: 'key-00000001', amount: '150', paidOn: '2026-11-24', method: '微信' }, now: T, settings })
    const paid = async () => Object.fromEntries((await db.bill.findMany({ where: { householdId: h1.id } })).map((b) => [b.period, b.paidCents]))
    expect(await paid()).toEqual({ '2026-09': 10_000, '2026-10': 5_000, '2026-11': 0 })
    const p = await db.payment.findUniqueOrThrow({ where: { id: r.id } })
    expect(p.billId).toBe(sep!.id)
    expect(p.paidAt.toISOString()).toBe('2026-11-24T04:00:00.000Z') // a past day is recorded at local noon
    expect(p.externalRef).toBe('manual:key-00000001')
    // The same form sent twice: one payment.
    const again = await recordPayment({ actor: sup.actor, householdId: h1.id, input: { clientKey: 'key-00000001', amount: '150', paidOn: '2026-11-24', method: '微信' }, now: T, settings })
    expect(again.duplicate).toBe(true)
    expect(await db.payment.count({ where: { householdId: h1.id } })).toBe(1)
    // ¥200 more: October and November paid, ¥50 left as credit…
    await recordPayment({ actor: sup.actor, householdId: h1.id, input: { clientKey: 'key-00000002', amount: '200.00', paidOn: '2026-11-25', method: '现金' }, now: T, settings })
    expect(await paid()).toEqual({ '2026-09': 10_000, '2026-10': 10_000, '2026-11': 10_000 })
    // …which December's bill takes when it is added (allocation is recomputed from all payments).
    await db.bill.create({ data: { householdId: h1.id, period: '2026-12', amountCents: 10_000, dueDate: '2026-12-15' } })
    const { reallocateHouseholds } = await import('@/lib/server/fees/allocate')
    await db.$transaction((tx) => reallocateHouseholds(tx, [h1.id], sup.user.id, T))
    expect((await paid())['2026-12']).toBe(5_000)
    expect(oct && nov).toBeTruthy()
    // Every write audited: 2 payments, bill allocations.
    expect(await db.auditLog.count({ where: { entity: 'Payment', action: 'create' } })).toBe(2)
    expect(await db.auditLog.count({ where: { entity: 'Bill', action: 'allocate', entityId: oct!.id } })).toBe(2)
  })

  it('refuses a future date, a zero or three-decimal amount, and an unknown method', async () => {
    const { h1, sup } = await setup()
    const bad = (input: Record<string, string>) => recordPayment({ actor: sup.actor, householdId: h1.id, input: { clientKey: 'key-bad-0001', amount: '10', paidOn: '2026-11-25', method: '微信', ...input }, now: T, settings }).catch((e) => e)
    expect((await bad({ paidOn: '2026-11-26' })).fieldErrors.paidOn[0]).toContain('不能晚于今天')
    expect((await bad({ amount: '0' })).fieldErrors.amount[0]).toContain('大于 0')
    expect((await bad({ amount: '1.234' })).fieldErrors.amount[0]).toContain('两位小数')
    expect((await bad({ method: '比特币' })).fieldErrors.method[0]).toContain('缴费方式')
    expect(await db.payment.count()).toBe(0)
  })
})

describe('the arrears list (F3) with months overdue and the late fee (F4)', () => {
  it('10000 cents due 2026-11-15 is 300 cents late fee on 2026-11-25 (3‰ × 10 days); four months of bills add up', async () => {
    const { h1, h2, sup } = await setup()
    await makeBills(h1.id, [{ period: '2026-11' }])
    await makeBills(h2.id, [{ period: '2026-08' }, { period: '2026-09' }, { period: '2026-10' }, { period: '2026-11' }])
    const list = await listArrears({ actor: sup.actor, query: { month: '2026-11' }, now: T, settings })
    expect(list.on).toBe('2026-11-25')
    expect(list.listDate).toBe('2026-11-15')
    const byId = Object.fromEntries(list.rows.map((r) => [r.householdId, r]))
    expect(byId[h1.id]).toMatchObject({ overdueCents: 10_000, monthsOverdue: 0, lateFeeCents: 300, overduePeriods: ['2026-11'] })
    // 08-15 → 11-25: 102 + 71 + 41 + 10 days × 30 cents.
    expect(byId[h2.id]).toMatchObject({ overdueCents: 40_000, monthsOverdue: 3, lateFeeCents: 3060 + 2130 + 1230 + 300 })
    // Worst first.
    expect(list.rows[0]!.householdId).toBe(h2.id)
    expect(list.totals).toEqual({ households: 2, overdueCents: 50_000, lateFeeCents: 300 + 6720 })
    // A past month is seen on its last day: November's bill is not due yet, August is 2 months overdue.
    const oct = await listArrears({ actor: sup.actor, query: { month: '2026-10' }, now: T, settings })
    expect(oct.on).toBe('2026-10-31')
    expect(oct.rows.map((r) => r.householdId)).toEqual([h2.id])
    expect(oct.rows[0]).toMatchObject({ overdueCents: 30_000, monthsOverdue: 2, lateFeeCents: 2310 + 1380 + 480 })
    // Filters: at least 3 months; a paid-up household disappears.
    expect((await listArrears({ actor: sup.actor, query: { month: '2026-11', months: '3' }, now: T, settings })).rows.map((r) => r.householdId)).toEqual([h2.id])
    await db.bill.updateMany({ where: { householdId: h1.id }, data: { paidCents: 10_000 } })
    expect((await listArrears({ actor: sup.actor, query: {}, now: T, settings })).rows.map((r) => r.householdId)).toEqual([h2.id])
  })

  it('a supervisor waives one bill’s late fee case by case (version-checked, audited); a housekeeper cannot', async () => {
    const { h2, hk, sup } = await setup()
    const [aug] = await makeBills(h2.id, [{ period: '2026-08' }, { period: '2026-09' }, { period: '2026-10' }, { period: '2026-11' }])
    const err = await waiveLateFee({ actor: hk.actor, input: { billId: aug!.id, version: 1, waive: 'on', reason: '物业原因' }, now: T }).catch((e) => e)
    expect(err.code).toBe('FORBIDDEN')
    await waiveLateFee({ actor: sup.actor, input: { billId: aug!.id, version: 1, waive: 'on', reason: '8月停水影响，经理同意减免' }, now: T })
    const row = (await listArrears({ actor: sup.actor, query: {}, now: T, settings })).rows[0]!
    expect(row.lateFeeCents).toBe(6720 - 3060)
    expect((await waiveLateFee({ actor: sup.actor, input: { billId: aug!.id, version: 1, waive: '', reason: '撤销' }, now: T }).catch((e) => e)).code).toBe('CONFLICT')
    const log = await db.auditLog.findFirstOrThrow({ where: { entity: 'Bill', entityId: aug!.id, action: 'waiveLateFee' } })
    expect(log.after).toMatchObject({ lateFeeWaived: true, reason: '8月停水影响，经理同意减免' })
  })

  it('search, area, classification and promise filters; a housekeeper sees only their own area', async () => {
    const { h1, h2, other, hk, sup } = await setup()
    for (const h of [h1, h2, other]) await makeBills(h.id, [{ period: '2026-10' }, { period: '2026-11' }])
    expect((await listArrears({ actor: hk.actor, query: {}, now: T, settings })).rows.map((r) => r.householdId).sort()).toEqual([h1.id, h2.id].sort())
    expect((await listArrears({ actor: sup.actor, query: {}, now: T, settings })).rows).toHaveLength(3)
    expect((await listArrears({ actor: sup.actor, query: { q: other.roomNo }, now: T, settings })).rows.map((r) => r.householdId)).toEqual([other.id])
    await saveArrearsCase({ actor: sup.actor, householdId: h1.id, input: { month: '2026-11', classification: 'unreachable' }, now: T })
    expect((await listArrears({ actor: sup.actor, query: { classification: 'unreachable' }, now: T, settings })).rows.map((r) => r.householdId)).toEqual([h1.id])
    expect((await listArrears({ actor: sup.actor, query: { classification: 'none' }, now: T, settings })).rows).toHaveLength(2)
    await recordDunningStep({ actor: hk.actor, householdId: h2.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings })
    await recordPromise({ actor: hk.actor, householdId: h2.id, input: { promisedDate: '2026-11-30', amount: '100', channel: 'phone' }, now: T, settings })
    const withPromise = await listArrears({ actor: sup.actor, query: { promise: 'yes' }, now: T, settings })
    expect(withPromise.rows.map((r) => r.householdId)).toEqual([h2.id])
    expect(withPromise.rows[0]!.promise).toMatchObject({ promisedDate: '2026-11-30', amountCents: 10_000 })
    expect(withPromise.rows[0]!.lastStep?.kind).toBe('personal')
    expect((await listArrears({ actor: sup.actor, query: { promise: 'no' }, now: T, settings })).rows).toHaveLength(2)
  })
})

describe('compiling the month’s list and the case (F3, F9)', () => {
  it('creates one case per household in arrears with the area’s housekeeper responsible; idempotent; carries over the classification', async () => {
    const { h1, h2, other, hk, sup } = await setup()
    for (const h of [h1, other]) await makeBills(h.id, [{ period: '2026-10' }])
    await makeBills(h2.id, [{ period: '2026-11', paidCents: 10_000 }])
    const first = await compileArrearsList({ actor: sup.actor, input: { month: '2026-10' }, now: T, settings })
    expect(first).toMatchObject({ month: '2026-10', created: 2 })
    await saveArrearsCase({ actor: sup.actor, householdId: h1.id, input: { month: '2026-10', version: 1, classification: 'disputesCharge' }, now: T })
    const r = await compileArrearsList({ actor: sup.actor, input: { month: '2026-11' }, now: T, settings })
    expect(r).toMatchObject({ month: '2026-11', created: 2, existing: 0 })
    const cases = await db.arrearsCase.findMany({ where: { period: '2026-11' } })
    expect(cases.map((c) => c.householdId).sort()).toEqual([h1.id, other.id].sort())
    const c1 = cases.find((c) => c.householdId === h1.id)!
    expect(c1.responsibleId).toBe(hk.user.id)
    expect(c1.classification).toBe('disputesCharge')
    // The other area has no housekeeper: nobody by default (the supervisor names one).
    expect(cases.find((c) => c.householdId === other.id)!.responsibleId).toBeNull()
    expect(await db.notification.count({ where: { userId: hk.user.id, kind: 'arrearsList' } })).toBe(2)
    // Again: nothing new, nothing changed.
    expect(await compileArrearsList({ actor: sup.actor, input: { month: '2026-11' }, now: T, settings })).toMatchObject({ created: 0, existing: 2 })
    expect(await db.arrearsCase.count({ where: { period: '2026-11' } })).toBe(2)
    expect((await compileArrearsList({ actor: sup.actor, input: { month: '2026-12' }, now: T, settings }).catch((e) => e)).message).toContain('未来月份')
    expect((await compileArrearsList({ actor: hk.actor, input: { month: '2026-11' }, now: T, settings }).catch((e) => e)).code).toBe('FORBIDDEN')
  })

  it('two supervisors editing the same case: the second save (stale version) is refused and changes nothing', async () => {
    const { h1, hk, sup } = await setup()
    const sup2 = await makeUser('supervisor')
    await makeBills(h1.id, [{ period: '2026-10' }])
    await compileArrearsList({ actor: sup.actor, input: { month: '2026-11' }, now: T, settings })
    const a = await saveArrearsCase({ actor: sup.actor, householdId: h1.id, input: { month: '2026-11', version: '1', responsibleId: hk.user.id, classification: 'forgetful' }, now: T })
    expect(a.version).toBe(2)
    const err = await saveArrearsCase({ actor: sup2.actor, householdId: h1.id, input: { month: '2026-11', version: '1', responsibleId: sup2.user.id, classification: 'malicious' }, now: T }).catch((e) => e)
    expect(err.code).toBe('CONFLICT')
    const c = await db.arrearsCase.findFirstOrThrow({ where: { householdId: h1.id, period: '2026-11' } })
    expect(c).toMatchObject({ classification: 'forgetful', responsibleId: hk.user.id, version: 2 })
    expect(await db.auditLog.count({ where: { entity: 'ArrearsCase', entityId: c.id, action: 'update' } })).toBe(1)
    const bad = await saveArrearsCase({ actor: sup.actor, householdId: h1.id, input: { month: '2026-11', version: '2', classification: 'lazy' }, now: T }).catch((e) => e)
    expect(bad.code).toBe('INVALID')
  })
})

describe('reminders due today (F2) and evening visits (F3)', () => {
  it('lists unpaid households not yet reminded in this round; a logged reminder takes one off; no contact data → evening visit', async () => {
    const { h1, h2, hk } = await setup()
    await makeBills(h1.id, [{ period: '2026-11' }])
    await makeBills(h2.id, [{ period: '2026-11' }])
    await db.resident.updateMany({ where: { householdId: h2.id }, data: { phone: null, phone2: null } })
    // Reminded on the 20th (previous round) — still due in the 25th's round.
    await db.dunningStep.create({ data: { householdId: h1.id, kind: 'reminder', at: day(20), actorId: hk.user.id, channel: 'sms', outcome: 'reached' } })
    let r = await listRemindersDue({ actor: hk.actor, now: T, settings })
    expect(r.round).toBe('2026-11-25')
    expect(r.rows.map((x) => x.id).sort()).toEqual([h1.id, h2.id].sort())
    expect(r.rows.find((x) => x.id === h2.id)).toMatchObject({ noContact: true, eveningVisit: true, owedCents: 10_000, overdue: true })
    expect(r.rows.find((x) => x.id === h1.id)).toMatchObject({ eveningVisit: false })
    expect((await getFeeHousehold({ actor: hk.actor, id: h2.id, now: T, settings })).eveningVisit).toBe(true)
    expect((await getFeeHousehold({ actor: hk.actor, id: h1.id, now: T, settings })).eveningVisit).toBe(false)
    await recordDunningStep({ actor: hk.actor, householdId: h1.id, input: { kind: 'reminder', channel: 'phone', outcome: 'refused', note: '业主挂断' }, now: T, settings })
    r = await listRemindersDue({ actor: hk.actor, now: T, settings })
    expect(r.rows.map((x) => x.id)).toEqual([h2.id])
    // Next round (no reminder date left in November after the 25th): on Dec 5 h1 is due again and flagged (refused calls).
    const dec = await listRemindersDue({ actor: hk.actor, now: new Date('2026-12-05T02:00:00Z'), settings })
    expect(dec.round).toBe('2026-12-05')
    expect(dec.rows.find((x) => x.id === h1.id)).toMatchObject({ refused: true, eveningVisit: true })
    expect((await getFeeHousehold({ actor: hk.actor, id: h1.id, now: T, settings })).eveningVisit).toBe(true)
    // Before the 5th there is no round yet.
    const early = await listRemindersDue({ actor: hk.actor, now: new Date('2026-12-03T02:00:00Z'), settings })
    expect(early).toMatchObject({ round: null, next: '2026-12-05', total: 0 })
  })
})

describe('payment promises (F5)', () => {
  it('a promise is a personal follow-up with a follow-up due on the promised day; kept when a payment covers it', async () => {
    const { h1, hk, sup } = await setup()
    await makeBills(h1.id, [{ period: '2026-10' }, { period: '2026-11' }])
    await recordDunningStep({ actor: hk.actor, householdId: h1.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings })
    const p = await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-28', amount: '100', channel: 'phone', note: '周末转账' }, now: T, settings })
    expect(p.followUpDue.toISOString()).toBe('2026-11-28T15:59:59.999Z')
    const step = await db.dunningStep.findFirstOrThrow({ where: { householdId: h1.id, kind: 'personal' } })
    expect(step.outcome).toBe('promised: 2026-11-28 ¥100.00；周末转账')
    const due = await listPromisesDue({ actor: hk.actor, now: T, settings })
    expect(due.map((x) => x.id)).toEqual([p.id])
    expect(due[0]!.mine).toBe(true)
    // More than is owed cannot be promised; a past date neither.
    expect((await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-28', amount: '500', channel: 'phone' }, now: T, settings }).catch((e) => e)).fieldErrors.amount[0]).toContain('不能超过')
    expect((await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-24', amount: '50', channel: 'phone' }, now: T, settings }).catch((e) => e)).fieldErrors.promisedDate[0]).toContain('不能早于今天')
    await recordPayment({ actor: sup.actor, householdId: h1.id, input: { clientKey: 'key-promise-1', amount: '100', paidOn: '2026-11-26', method: '支付宝' }, now: day(26), settings })
    expect((await db.paymentPromise.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('kept')
    expect(await db.auditLog.count({ where: { entity: 'PaymentPromise', entityId: p.id, action: 'kept' } })).toBe(1)
  })

  it('the job marks a promise broken once its day has ended without payment, notifies the responsible person, and is idempotent', async () => {
    const { h1, hk, sup } = await setup()
    const other = await makeUser('housekeeper', { areaIds: hk.actor.areaIds })
    await makeBills(h1.id, [{ period: '2026-10' }, { period: '2026-11' }])
    await compileArrearsList({ actor: sup.actor, input: { month: '2026-11' }, now: T, settings })
    await saveArrearsCase({ actor: sup.actor, householdId: h1.id, input: { month: '2026-11', version: 1, responsibleId: other.user.id }, now: T })
    await recordDunningStep({ actor: hk.actor, householdId: h1.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings })
    const p = await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-27', amount: '200', channel: 'visit' }, now: T, settings })
    // ¥50 paid, not enough. 23:00 on the 27th: the day has not ended → nothing happens.
    await recordPayment({ actor: sup.actor, householdId: h1.id, input: { clientKey: 'key-broken-1', amount: '50', paidOn: '2026-11-26', method: '现金' }, now: day(26), settings })
    expect(await markBrokenPromises(db, new Date('2026-11-27T15:00:00Z'), settings)).toBe(0)
    expect(await markBrokenPromises(db, new Date('2026-11-28T01:00:00Z'), settings)).toBe(1)
    expect((await db.paymentPromise.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('broken')
    const n = await db.notification.findMany({ where: { kind: 'promiseBroken' } })
    expect(n.map((x) => x.userId)).toEqual([other.user.id])
    expect(n[0]!.body).toContain('累计失信 1 次')
    // Again, and again later: nothing more.
    expect(await markBrokenPromises(db, new Date('2026-11-28T01:00:00Z'), settings)).toBe(0)
    expect(await markBrokenPromises(db, new Date('2026-12-10T01:00:00Z'), settings)).toBe(0)
    expect(await db.notification.count({ where: { kind: 'promiseBroken' } })).toBe(1)
    expect(await db.auditLog.count({ where: { entity: 'PaymentPromise', entityId: p.id, action: 'broken' } })).toBe(1)
  })

  it('the job marks kept a promise paid in time that was still pending', async () => {
    const { h1, hk } = await setup()
    await makeBills(h1.id, [{ period: '2026-11' }])
    await recordDunningStep({ actor: hk.actor, householdId: h1.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings })
    const p = await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-26', amount: '100', channel: 'phone' }, now: T, settings })
    // A payment written without settling (as a raw row would be).
    await db.payment.create({ data: { householdId: h1.id, amountCents: 10_000, paidAt: day(26), method: '微信' } })
    expect(await markBrokenPromises(db, day(27), settings)).toBe(1)
    expect((await db.paymentPromise.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('kept')
    expect(await db.notification.count({ where: { kind: 'promiseBroken' } })).toBe(0)
  })
})
