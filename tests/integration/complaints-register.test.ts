import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { registerComplaint } from '@/lib/server/complaints/register-complaint'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { complaintInput, registered } from '../fixtures/complaints'

// Wed 2026-11-25 10:00 Shanghai
const T0 = new Date('2026-11-25T02:00:00Z')

describe('registering a complaint (P4, R1, R3, P5)', () => {
  it('makes the registrar the owner, sets the R1 deadline, level 4 for a communicative complaint, a numbered record, a step and an audit row', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const c = await registered(actor, h1.id, T0)
    expect(c.ownerId).toBe(actor.id)
    expect(c.registeredById).toBe(actor.id)
    expect(c.no).toBe('TS-20261125-0001')
    expect(c.replyDueAt.toISOString()).toBe('2026-11-26T02:00:00.000Z') // urgent: 24 h
    expect(c.nextDueAt?.toISOString()).toBe('2026-11-26T02:00:00.000Z')
    expect(c.level).toBe(4)
    expect(c.status).toBe('open')
    expect(await db.complaintStep.count({ where: { complaintId: c.id, kind: 'recorded', actorId: actor.id } })).toBe(1)
    expect(await db.auditLog.count({ where: { entity: 'Complaint', entityId: c.id, action: 'register', actorId: actor.id } })).toBe(1)
  })

  it('a general complaint gets 48 hours; numbers count up per day', async () => {
    const { h1, h2 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const a = await registered(actor, h1.id, T0)
    const c = await registered(actor, h2.id, T0, { urgency: 'general' })
    expect(c.replyDueAt.toISOString()).toBe('2026-11-27T02:00:00.000Z')
    expect(Number(c.no.slice(-4))).toBe(Number(a.no.slice(-4)) + 1)
    const nextDay = await registered(actor, h2.id, new Date('2026-11-25T16:00:00Z'))
    expect(nextDay.no).toBe('TS-20261126-0001')
  })

  it('the same clientKey twice (double click) creates one complaint', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const input = complaintInput(h1.id)
    const [a, b] = await Promise.all([registerComplaint({ actor, input, now: T0 }), registerComplaint({ actor, input, now: T0 })])
    expect(a.id).toBe(b.id)
    expect(await db.complaint.count({ where: { householdId: h1.id } })).toBe(1)
  })

  it('computes level 1 for media, 2 for 10+ households, 3 for an effective complaint', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    expect((await registered(actor, h1.id, T0, { channel: 'media' })).level).toBe(1)
    expect((await registered(actor, h1.id, T0, { householdsAffected: '10' })).level).toBe(2)
    expect((await registered(actor, h1.id, T0, { householdsAffected: '9', nature: 'effective' })).level).toBe(3)
  })

  it('a linked repeat within 30 days counts: the second is level 3, the third level 2', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const first = await registered(actor, h1.id, T0)
    const second = await registered(actor, h1.id, new Date(T0.getTime() + 5 * 86_400_000), { repeatOfId: first.id })
    expect(second.level).toBe(3)
    expect(second.repeatOfId).toBe(first.id)
    // Linking to the second still counts the whole chain.
    const third = await registered(actor, h1.id, new Date(T0.getTime() + 10 * 86_400_000), { repeatOfId: second.id })
    expect(third.repeatOfId).toBe(first.id)
    expect(third.level).toBe(2)
  })

  it('a repeat more than 30 days later does not count', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const first = await registered(actor, h1.id, T0)
    const late = await registered(actor, h1.id, new Date(T0.getTime() + 31 * 86_400_000), { repeatOfId: first.id })
    expect(late.level).toBe(4)
  })

  it('refuses bad input with a message per field and writes nothing', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const before = await db.complaint.count()
    const err = await registerComplaint({ actor, input: complaintInput(h1.id, { channel: 'pigeon', residentWords: '  ', householdsAffected: '0' }), now: T0 }).catch((e) => e)
    expect(err).toBeInstanceOf(AppError)
    expect(err.code).toBe('INVALID')
    expect(Object.keys(err.fieldErrors).sort()).toEqual(['channel', 'householdsAffected', 'residentWords'])
    expect(err.fieldErrors.residentWords[0]).toBe('请填写住户反映的内容')
    expect(await db.complaint.count()).toBe(before)
  })

  it('a walk-in complaint needs the arrival time (D1)', async () => {
    const { h1 } = await makeTwoAreas()
    const { actor } = await makeUser('frontDesk')
    const err = await registerComplaint({ actor, input: complaintInput(h1.id, { channel: 'walkIn' }), now: T0 }).catch((e) => e)
    expect(err.fieldErrors.arrivalAt[0]).toContain('到场时间')
    const ok = await registered(actor, h1.id, T0, { channel: 'walkIn', arrivalAt: '2026-11-25T09:58' })
    expect(ok.arrivalAt?.toISOString()).toBe('2026-11-25T01:58:00.000Z')
  })

  it('a housekeeper registers only for households of their own areas; a technician not at all', async () => {
    const { h1, other, hk } = await makeTwoAreas()
    expect((await registered(hk.actor, h1.id, T0)).ownerId).toBe(hk.actor.id)
    const err = await registerComplaint({ actor: hk.actor, input: complaintInput(other.id), now: T0 }).catch((e) => e)
    expect(err.code).toBe('INVALID')
    expect(err.fieldErrors.householdId).toBeDefined()
    const { actor: tech } = await makeUser('technician')
    expect((await registerComplaint({ actor: tech, input: complaintInput(h1.id), now: T0 }).catch((e) => e)).code).toBe('FORBIDDEN')
    expect(await db.complaint.count({ where: { householdId: other.id } })).toBe(0)
  })
})
