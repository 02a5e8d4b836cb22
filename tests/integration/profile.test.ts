// 个性化档案 (V7): the housekeeper writes it within their areas; events schedule §3.3 follow-ups.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { isAppError } from '@/lib/errors'
import { resolveSettings, triggerTask } from '@/lib/rules'
import { addProfileItem } from '@/lib/server/profile/add-profile-item'
import { updateProfileItem } from '@/lib/server/profile/update-profile-item'
import { removeProfileItem } from '@/lib/server/profile/remove-profile-item'
import { listProfileItems } from '@/lib/server/profile/list-profile-items'
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

describe('profile', () => {
  it('the housekeeper adds, corrects and removes entries of their own households (versioned, audited)', async () => {
    const { h1, hk } = await makeTwoAreas()
    const { id } = await addProfileItem({ actor: hk.actor, input: { householdId: h1.id, kind: 'interest', text: '喜欢下象棋' }, now, settings })
    await updateProfileItem({ actor: hk.actor, input: { householdId: h1.id, itemId: id, version: '1', kind: 'interest', text: '喜欢下围棋' } })
    expect((await db.profileItem.findUniqueOrThrow({ where: { id } })).text).toBe('喜欢下围棋')
    expect((await fails(updateProfileItem({ actor: hk.actor, input: { householdId: h1.id, itemId: id, version: '1', kind: 'interest', text: 'x' } }))).code).toBe('CONFLICT')
    expect((await listProfileItems({ actor: hk.actor, householdId: h1.id })).items.map((i) => i.text)).toEqual(['喜欢下围棋'])
    await removeProfileItem({ actor: hk.actor, input: { householdId: h1.id, itemId: id, version: '2' } })
    expect(await db.profileItem.count({ where: { householdId: h1.id } })).toBe(0)
    expect((await db.auditLog.findMany({ where: { entity: 'ProfileItem', entityId: id } })).map((a) => a.action).sort()).toEqual(['create', 'delete', 'update'])
  })

  it('another area’s household is NOT_FOUND for reading and writing; front desk cannot write', async () => {
    const { other, h1, hk } = await makeTwoAreas()
    expect((await fails(addProfileItem({ actor: hk.actor, input: { householdId: other.id, kind: 'interest', text: '养花' }, now, settings }))).code).toBe('NOT_FOUND')
    expect((await fails(listProfileItems({ actor: hk.actor, householdId: other.id }))).code).toBe('NOT_FOUND')
    const item = await db.profileItem.create({ data: { householdId: other.id, kind: 'interest', text: '养花' } })
    expect((await fails(removeProfileItem({ actor: hk.actor, input: { householdId: other.id, itemId: item.id, version: '1' } }))).code).toBe('NOT_FOUND')
    expect((await fails(removeProfileItem({ actor: hk.actor, input: { householdId: h1.id, itemId: item.id, version: '1' } }))).code).toBe('NOT_FOUND')
    const { actor: desk } = await makeUser('frontDesk')
    expect((await fails(addProfileItem({ actor: desk, input: { householdId: h1.id, kind: 'interest', text: '养花' }, now, settings }))).code).toBe('FORBIDDEN')
  })

  it('a wedding schedules the §3.3-6 visit for the household’s housekeeper, due as the rules say', async () => {
    const { h1, hk } = await makeTwoAreas()
    const { actor: sup } = await makeUser('supervisor')
    const r = await addProfileItem({ actor: sup, input: { householdId: h1.id, kind: 'event', eventType: 'wedding', eventDate: '2026-11-28', text: '女儿结婚', createFollowUp: 'on' }, now, settings })
    const f = await db.followUp.findUniqueOrThrow({ where: { id: r.followUp!.id } })
    const task = triggerTask({ trigger: 'wedding', eventDate: '2026-11-28' }, settings)
    expect(f).toMatchObject({ householdId: h1.id, source: 'wedding', assigneeId: hk.user.id, createdById: sup.id, status: 'open' })
    expect(f.dueAt.getTime()).toBe(task.due.getTime())
    expect(f.rule).toBe(`3.3-6 ${task.label}`)
    expect(await db.auditLog.count({ where: { entity: 'FollowUp', entityId: f.id, action: 'create' } })).toBe(1)
  })

  it('moving in (3.3-1), a birth (3.3-11) and bereavement (3.3-7) schedule visits; without a date the event counts from today', async () => {
    const { h1, hk } = await makeTwoAreas()
    for (const [eventType, rule] of [['movingIn', '3.3-1'], ['birth', '3.3-11'], ['bereavement', '3.3-7'], ['illness', '3.3-7']] as const) {
      const r = await addProfileItem({ actor: hk.actor, input: { householdId: h1.id, kind: 'event', eventType, text: '事件', createFollowUp: 'on' }, now, settings })
      expect(r.followUp?.rule.startsWith(rule)).toBe(true)
    }
    const bereavement = await db.followUp.findFirstOrThrow({ where: { householdId: h1.id, source: 'bereavement' } })
    expect(bereavement.dueAt.toISOString()).toBe(new Date('2026-11-27T23:59:59.999+08:00').toISOString())
  })

  it('refuses an event without its type, and a follow-up for an event that has none', async () => {
    const { h1, hk } = await makeTwoAreas()
    expect((await fails(addProfileItem({ actor: hk.actor, input: { householdId: h1.id, kind: 'event', text: '考试' }, now, settings }))).fieldErrors?.eventType).toEqual(['请选择事件类型'])
    const e = await fails(addProfileItem({ actor: hk.actor, input: { householdId: h1.id, kind: 'event', eventType: 'exam', text: '高考', createFollowUp: 'on' }, now, settings }))
    expect(e.fieldErrors?.createFollowUp?.[0]).toContain('才能安排回访')
    expect((await fails(addProfileItem({ actor: hk.actor, input: { householdId: h1.id, kind: 'interest', text: '  ' }, now, settings }))).fieldErrors?.text).toEqual(['请填写内容'])
    expect(await db.profileItem.count({ where: { householdId: h1.id } })).toBe(0)
  })
})
