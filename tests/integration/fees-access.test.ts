// Who sees and does what with fees, per role (docs/decisions/0007): the server refuses, whatever the page shows.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { resolveSettings } from '@/lib/rules'
import { addAlternativeContact, removeAlternativeContact } from '@/lib/server/fees/alternative-contacts'
import { compileArrearsList } from '@/lib/server/fees/compile-arrears-list'
import { getFeeHousehold } from '@/lib/server/fees/get-fee-household'
import { getLetter } from '@/lib/server/fees/get-letter'
import { listArrears } from '@/lib/server/fees/list-arrears'
import { listPromisesDue } from '@/lib/server/fees/list-promises-due'
import { listRemindersDue } from '@/lib/server/fees/list-reminders-due'
import { recordDunningStep } from '@/lib/server/fees/record-dunning-step'
import { recordPayment } from '@/lib/server/fees/record-payment'
import { saveArrearsCase } from '@/lib/server/fees/save-arrears-case'
import { waiveLateFee } from '@/lib/server/fees/waive-late-fee'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { makeBills, resetFees } from '../fixtures/fees'

const settings = resolveSettings({})
const T = new Date('2026-11-25T02:00:00Z')
const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code ?? String(e))

beforeEach(resetFees)

async function setup() {
  const areas = await makeTwoAreas()
  await makeBills(areas.h1.id, [{ period: '2026-10' }, { period: '2026-11' }])
  await makeBills(areas.other.id, [{ period: '2026-10' }])
  const [bill] = await db.bill.findMany({ where: { householdId: areas.h1.id }, orderBy: { period: 'asc' } })
  const users = {
    housekeeper: areas.hk,
    supervisor: await makeUser('supervisor'),
    centerManager: await makeUser('centerManager'),
    admin: await makeUser('admin'),
    frontDesk: await makeUser('frontDesk'),
    technician: await makeUser('technician'),
  }
  return { ...areas, bill: bill!, users }
}

describe('fee access per role', () => {
  it('front desk and technicians: 403 on every read and write', async () => {
    const { h1, bill, users } = await setup()
    for (const role of ['frontDesk', 'technician'] as const) {
      const actor = users[role].actor
      expect(await code(listArrears({ actor, query: {}, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(listRemindersDue({ actor, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(listPromisesDue({ actor, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(getFeeHousehold({ actor, id: h1.id, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(getLetter({ actor, id: h1.id, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(recordDunningStep({ actor, householdId: h1.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(recordPayment({ actor, householdId: h1.id, input: { clientKey: 'key-access-1', amount: '1', paidOn: '2026-11-25', method: '现金' }, now: T, settings }))).toBe('FORBIDDEN')
      expect(await code(waiveLateFee({ actor, input: { billId: bill.id, version: 1, waive: 'on', reason: 'x' }, now: T }))).toBe('FORBIDDEN')
    }
  })

  it('a housekeeper: own area only (other areas are NOT_FOUND), logs steps and contacts, but no payments, cases, waivers or compiling', async () => {
    const { h1, other, bill, users } = await setup()
    const actor = users.housekeeper.actor
    const list = await listArrears({ actor, query: {}, now: T, settings })
    expect(list.rows.map((r) => r.householdId)).toEqual([h1.id])
    expect(list.areas).toHaveLength(1)
    expect(await code(getFeeHousehold({ actor, id: other.id, now: T, settings }))).toBe('NOT_FOUND')
    expect(await code(getLetter({ actor, id: other.id, now: T, settings }))).toBe('NOT_FOUND')
    expect(await code(recordDunningStep({ actor, householdId: other.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings }))).toBe('NOT_FOUND')
    expect(await code(recordDunningStep({ actor, householdId: h1.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings }))).toBe('OK')
    const c = await addAlternativeContact({ actor, householdId: h1.id, input: { name: '张小明', relation: 'family', phone: '13911112222', source: '业主母亲提供' }, now: T })
    expect(await code(removeAlternativeContact({ actor: users.housekeeper.actor, id: c.id, now: T }))).toBe('OK')
    expect(await code(recordPayment({ actor, householdId: h1.id, input: { clientKey: 'key-access-2', amount: '1', paidOn: '2026-11-25', method: '现金' }, now: T, settings }))).toBe('FORBIDDEN')
    expect(await code(saveArrearsCase({ actor, householdId: h1.id, input: { month: '2026-11', classification: 'forgetful' }, now: T }))).toBe('FORBIDDEN')
    expect(await code(waiveLateFee({ actor, input: { billId: bill.id, version: 1, waive: 'on', reason: 'x' }, now: T }))).toBe('FORBIDDEN')
    expect(await code(compileArrearsList({ actor, input: { month: '2026-11' }, now: T, settings }))).toBe('FORBIDDEN')
    // A housekeeper without areas sees nothing (never everything).
    const none = await makeUser('housekeeper', { areaIds: [] })
    expect((await listArrears({ actor: none.actor, query: {}, now: T, settings })).rows).toEqual([])
  })

  it('supervisor: everything; center manager: all households and the ladder but no payments; admin: reads and payments, no dunning', async () => {
    const { h1, other, bill, users } = await setup()
    const sup = users.supervisor.actor
    expect((await listArrears({ actor: sup, query: {}, now: T, settings })).rows.map((r) => r.householdId).sort()).toEqual([h1.id, other.id].sort())
    expect(await code(recordPayment({ actor: sup, householdId: other.id, input: { clientKey: 'key-access-3', amount: '1', paidOn: '2026-11-25', method: '现金' }, now: T, settings }))).toBe('OK')
    expect(await code(saveArrearsCase({ actor: sup, householdId: other.id, input: { month: '2026-11', classification: 'neverShows' }, now: T }))).toBe('OK')
    expect(await code(waiveLateFee({ actor: sup, input: { billId: bill.id, version: 1, waive: 'on', reason: '停水' }, now: T }))).toBe('OK')

    const mgr = users.centerManager.actor
    expect((await listArrears({ actor: mgr, query: {}, now: T, settings })).rows).toHaveLength(2)
    expect(await code(recordDunningStep({ actor: mgr, householdId: other.id, input: { kind: 'reminder', channel: 'visit', outcome: 'reached' }, now: T, settings }))).toBe('OK')
    expect(await code(recordPayment({ actor: mgr, householdId: other.id, input: { clientKey: 'key-access-4', amount: '1', paidOn: '2026-11-25', method: '现金' }, now: T, settings }))).toBe('FORBIDDEN')

    const admin = users.admin.actor
    expect(await code(getFeeHousehold({ actor: admin, id: other.id, now: T, settings }))).toBe('OK')
    expect(await code(recordPayment({ actor: admin, householdId: h1.id, input: { clientKey: 'key-access-5', amount: '1', paidOn: '2026-11-25', method: '现金' }, now: T, settings }))).toBe('OK')
    expect(await code(recordDunningStep({ actor: admin, householdId: h1.id, input: { kind: 'reminder', channel: 'sms', outcome: 'reached' }, now: T, settings }))).toBe('FORBIDDEN')
    expect(await code(compileArrearsList({ actor: admin, input: { month: '2026-11' }, now: T, settings }))).toBe('FORBIDDEN')
  })
})
