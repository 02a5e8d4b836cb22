import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { authenticate } from '@/lib/auth/authenticate'
import { MAX_FAILS_PER_ACCOUNT } from '@/lib/auth/rate-limit'
import { makeUser } from '../fixtures/factories'

describe('authenticate (username or phone + password, rate limited)', () => {
  it('accepts the username and the phone number with the right password', async () => {
    const { user } = await makeUser('frontDesk', { username: 'desk-a', password: 'right-pass', phone: '13911112222' })
    expect(await authenticate(db, { account: 'desk-a', password: 'right-pass' }, '10.0.0.1')).toEqual({ ok: true, user: { id: user.id, name: user.name, role: 'frontDesk' } })
    expect((await authenticate(db, { account: '13911112222', password: 'right-pass' }, '10.0.0.1')).ok).toBe(true)
  })

  it('gives the same answer for a wrong password and an unknown account', async () => {
    await makeUser('frontDesk', { username: 'desk-b', password: 'right-pass' })
    expect(await authenticate(db, { account: 'desk-b', password: 'nope' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(db, { account: 'ghost', password: 'nope' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a deactivated account even with the right password', async () => {
    const { user } = await makeUser('technician', { username: 'tech-off', password: 'right-pass' })
    await db.user.update({ where: { id: user.id }, data: { active: false } })
    expect((await authenticate(db, { account: 'tech-off', password: 'right-pass' }, '10.0.0.3')).ok).toBe(false)
  })

  it(`blocks an account after ${MAX_FAILS_PER_ACCOUNT} failures, even with the right password, and records every attempt`, async () => {
    await makeUser('housekeeper', { username: 'hk-rl', password: 'right-pass' })
    for (let i = 0; i < MAX_FAILS_PER_ACCOUNT; i++) {
      expect(await authenticate(db, { account: 'hk-rl', password: `bad-${i}` }, `10.1.0.${i}`)).toEqual({ ok: false, reason: 'invalid' })
    }
    expect(await authenticate(db, { account: 'hk-rl', password: 'right-pass' }, '10.1.1.1')).toEqual({ ok: false, reason: 'rateLimited' })
    expect(await db.loginAttempt.count({ where: { account: 'hk-rl', success: false } })).toBe(MAX_FAILS_PER_ACCOUNT)
  })

  it('a success clears earlier failures of the account', async () => {
    await makeUser('housekeeper', { username: 'hk-ok', password: 'right-pass' })
    await authenticate(db, { account: 'hk-ok', password: 'bad' }, '10.2.0.1')
    expect((await authenticate(db, { account: 'hk-ok', password: 'right-pass' }, '10.2.0.1')).ok).toBe(true)
    expect(await db.loginAttempt.count({ where: { account: 'hk-ok', success: false } })).toBe(0)
  })

  it('rejects malformed input without touching the database', async () => {
    expect(await authenticate(db, { account: '', password: '' }, '10.3.0.1')).toEqual({ ok: false, reason: 'invalid' })
    expect(await authenticate(db, null, '10.3.0.1')).toEqual({ ok: false, reason: 'invalid' })
    expect(await db.loginAttempt.count({ where: { ip: '10.3.0.1' } })).toBe(0)
  })
})
