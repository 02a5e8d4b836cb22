// Household registry: scope in every query, admin/supervisor edits with optimistic locking, audit, validation.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { isAppError } from '@/lib/errors'
import { resolveSettings } from '@/lib/rules'
import { listHouseholds } from '@/lib/server/households/list-households'
import { getHousehold } from '@/lib/server/households/get-household'
import { getHouseholdForEdit } from '@/lib/server/households/get-household-for-edit'
import { updateHousehold } from '@/lib/server/households/update-household'
import { addResident } from '@/lib/server/households/add-resident'
import { updateResident } from '@/lib/server/households/update-resident'
import { removeResident } from '@/lib/server/households/remove-resident'
import { makeTwoAreas, makeUser } from '../fixtures/factories'

const settings = resolveSettings()
const now = new Date('2026-11-24T10:30:00+08:00')

async function fails(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (isAppError(e)) return e
    throw e
  }
  throw new Error('expected an AppError')
}

describe('reading the registry', () => {
  it('a housekeeper lists and opens only the households of their areas; a supervisor sees all', async () => {
    const { h1, h2, other, hk } = await makeTwoAreas()
    const mine = await listHouseholds({ actor: hk.actor, filter: {} })
    expect(mine.rows.map((r) => r.id).sort()).toEqual([h1.id, h2.id].sort())
    expect(mine.total).toBe(2)
    expect((await listHouseholds({ actor: hk.actor, filter: { q: other.roomNo } })).rows).toEqual([])
    expect((await fails(getHousehold({ actor: hk.actor, id: other.id, now, settings }))).code).toBe('NOT_FOUND')
    const { actor: sup } = await makeUser('supervisor')
    expect((await listHouseholds({ actor: sup, filter: { q: other.roomNo } })).rows.map((r) => r.id)).toEqual([other.id])
    expect((await getHousehold({ actor: sup, id: other.id, now, settings })).household.roomNo).toBe(other.roomNo)
  })

  it('finds a household by room number, resident name or phone', async () => {
    const { h1, hk } = await makeTwoAreas()
    const owner = await db.resident.findFirstOrThrow({ where: { householdId: h1.id } })
    for (const q of [h1.roomNo, owner.name, owner.phone!.slice(-6)]) {
      expect((await listHouseholds({ actor: hk.actor, filter: { q } })).rows.map((r) => r.id)).toContain(h1.id)
    }
    expect((await listHouseholds({ actor: hk.actor, filter: { occupancy: 'notMovedIn' } })).total).toBe(0)
  })

  it('filters by area and building; a housekeeper only gets their own areas and buildings to choose from', async () => {
    const { a, b, ba, h1, h2, other, hk } = await makeTwoAreas()
    const mine = await listHouseholds({ actor: hk.actor, filter: { area: b.id } })
    expect(mine.total).toBe(0)
    const choices = await listHouseholds({ actor: hk.actor, filter: {} })
    expect(choices.areas.map((x) => x.id)).toEqual([a.id])
    expect(choices.buildings.map((x) => x.number)).toEqual([ba.number])
    const { actor: sup } = await makeUser('supervisor')
    expect((await listHouseholds({ actor: sup, filter: { area: b.id } })).rows.map((r) => r.id)).toEqual([other.id])
    expect((await listHouseholds({ actor: sup, filter: { building: ba.number } })).rows.map((r) => r.id).sort()).toEqual([h1.id, h2.id].sort())
  })

  it('the household page adds up unpaid bills and lists open follow-ups and the last five visits', async () => {
    const { h1, hk } = await makeTwoAreas()
    await db.bill.createMany({
      data: [
        { householdId: h1.id, period: '2026-08', amountCents: 20000, dueDate: '2026-08-15', paidCents: 20000 },
        { householdId: h1.id, period: '2026-09', amountCents: 20000, dueDate: '2026-09-15', paidCents: 5000 },
        { householdId: h1.id, period: '2026-10', amountCents: 20000, dueDate: '2026-10-15' },
        { householdId: h1.id, period: '2026-11', amountCents: 20000, dueDate: '2026-11-15' },
        { householdId: h1.id, period: '2026-12', amountCents: 20000, dueDate: '2026-12-15' },
      ],
    })
    for (let i = 0; i < 7; i++) {
      const startedAt = new Date(now.getTime() - (i + 1) * 86_400_000)
      await db.visit.create({ data: { clientKey: `k-${h1.id}-${i}`, householdId: h1.id, housekeeperId: hk.user.id, kind: 'home', startedAt, endedAt: new Date(startedAt.getTime() + 1_200_000) } })
    }
    await db.followUp.create({ data: { householdId: h1.id, title: '楼道灯', dueAt: now, rule: 'R1 一般 48小时', assigneeId: hk.user.id } })
    await db.followUp.create({ data: { householdId: h1.id, title: '已答复', dueAt: now, rule: 'R1 一般 48小时', status: 'done' } })
    const d = await getHousehold({ actor: hk.actor, id: h1.id, now, settings })
    expect(d.arrears).toMatchObject({ totalCents: 15000 + 60000, overdueCents: 55000, unpaidBills: 4, overdueBills: 3, monthsOverdue: 2 })
    expect(d.visits).toHaveLength(5)
    expect(d.visits[0]!.startedAt.getTime()).toBeGreaterThan(d.visits[4]!.startedAt.getTime())
    expect(d.followUps.map((f) => f.title)).toEqual(['楼道灯'])
    expect(d.housekeepers.map((k) => k.name)).toEqual([hk.user.name])
  })
})

describe('editing the registry', () => {
  it('only admins and supervisors edit; a housekeeper is refused even for their own area', async () => {
    const { h1, hk } = await makeTwoAreas()
    const input = { id: h1.id, version: '1', occupancy: 'occupied', moveInDate: '2026-01-02', keyAttention: 'on' }
    expect((await fails(updateHousehold({ actor: hk.actor, input }))).code).toBe('FORBIDDEN')
    expect((await fails(getHouseholdForEdit({ actor: hk.actor, id: h1.id }))).code).toBe('FORBIDDEN')
    expect((await fails(addResident({ actor: hk.actor, input: { householdId: h1.id, name: '张三', kind: 'family' } }))).code).toBe('FORBIDDEN')
  })

  it('saves with the version, refuses a stale save with CONFLICT, and audits the change', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor: sup } = await makeUser('supervisor')
    await updateHousehold({ actor: sup, input: { id: h1.id, version: '1', occupancy: 'occupied', moveInDate: '2026-01-02', keyAttention: 'on', note: '独居老人' } })
    const saved = await db.household.findUniqueOrThrow({ where: { id: h1.id } })
    expect(saved).toMatchObject({ version: 2, keyAttention: true, moveInDate: '2026-01-02', note: '独居老人' })
    const stale = await fails(updateHousehold({ actor: sup, input: { id: h1.id, version: '1', occupancy: 'notMovedIn' } }))
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toContain('已被其他人修改')
    expect((await db.household.findUniqueOrThrow({ where: { id: h1.id } })).occupancy).toBe('occupied')
    const log = await db.auditLog.findFirstOrThrow({ where: { entity: 'Household', entityId: h1.id } })
    expect(log).toMatchObject({ action: 'update', actorId: sup.id })
    expect(log.after).toMatchObject({ keyAttention: true, note: '独居老人' })
  })

  it('refuses a move-in date for a household that has not moved in, with the message on the field', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor: admin } = await makeUser('admin')
    const e = await fails(updateHousehold({ actor: admin, input: { id: h1.id, version: '1', occupancy: 'notMovedIn', moveInDate: '2026-01-02' } }))
    expect(e.fieldErrors?.moveInDate?.[0]).toContain('未入住的住户不能有入住日期')
  })

  it('adds, corrects and removes residents (one main contact), with phone validation, versions and audit', async () => {
    const { h1, other } = await makeTwoAreas()
    const { actor: sup } = await makeUser('supervisor')
    const bad = await fails(addResident({ actor: sup, input: { householdId: h1.id, name: '', kind: 'family', phone: '12345' } }))
    expect(bad.fieldErrors?.name).toEqual(['请填写姓名'])
    expect(bad.fieldErrors?.phone?.[0]).toContain('手机号应为 11 位数字')
    const { id } = await addResident({ actor: sup, input: { householdId: h1.id, name: '李四', kind: 'tenant', phone: '13912345678', isPrimary: 'on' } })
    const residents = await db.resident.findMany({ where: { householdId: h1.id } })
    expect(residents.filter((r) => r.isPrimary).map((r) => r.id)).toEqual([id])
    await updateResident({ actor: sup, input: { householdId: h1.id, residentId: id, version: '1', name: '李四', kind: 'family', phone: '13912345679' } })
    expect((await db.resident.findUniqueOrThrow({ where: { id } })).kind).toBe('family')
    expect((await fails(updateResident({ actor: sup, input: { householdId: h1.id, residentId: id, version: '1', name: '李四四', kind: 'family' } }))).code).toBe('CONFLICT')
    // A resident of another household cannot be reached through this one.
    expect((await fails(removeResident({ actor: sup, input: { householdId: other.id, residentId: id, version: '2' } }))).code).toBe('NOT_FOUND')
    expect((await fails(removeResident({ actor: sup, input: { householdId: h1.id, residentId: id, version: '1' } }))).code).toBe('CONFLICT')
    await removeResident({ actor: sup, input: { householdId: h1.id, residentId: id, version: '2' } })
    expect(await db.resident.findUnique({ where: { id } })).toBeNull()
    const actions = (await db.auditLog.findMany({ where: { entity: 'Resident', entityId: id }, orderBy: { at: 'asc' } })).map((a) => a.action)
    expect(actions).toEqual(['create', 'update', 'delete'])
  })
})
