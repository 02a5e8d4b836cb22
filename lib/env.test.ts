import { describe, expect, it } from 'vitest'
import { parseEnv } from './env'

const SECRET = 'x'.repeat(32)

describe('environment check at start', () => {
  it('accepts a SQLite file URL and a PostgreSQL URL', () => {
    expect(parseEnv({ DATABASE_URL: 'file:./data/dev.db', AUTH_SECRET: SECRET }).ok).toBe(true)
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/gjt', AUTH_SECRET: SECRET }).ok).toBe(true)
    expect(parseEnv({ DATABASE_URL: 'postgresql://u@db/gjt', AUTH_SECRET: SECRET }).ok).toBe(true)
  })

  it('a missing DATABASE_URL is one clear line', () => {
    const r = parseEnv({ AUTH_SECRET: SECRET })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toEqual([expect.stringContaining('DATABASE_URL 未设置')])
  })

  it('a malformed DATABASE_URL is refused', () => {
    const r = parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: SECRET })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems[0]).toContain('应以 file: 或 postgres:// 开头')
  })

  it('AUTH_SECRET must be there and at least 32 characters', () => {
    const missing = parseEnv({ DATABASE_URL: 'file:a.db' })
    const short = parseEnv({ DATABASE_URL: 'file:a.db', AUTH_SECRET: 'short' })
    expect(missing.ok || short.ok).toBe(false)
    if (!missing.ok) expect(missing.problems[0]).toContain('AUTH_SECRET 未设置')
    if (!short.ok) expect(short.problems[0]).toContain('至少 32 个字符')
  })

  it('job settings have defaults and bounds', () => {
    const r = parseEnv({ DATABASE_URL: 'file:a.db', AUTH_SECRET: SECRET })
    expect(r.ok && r.env.JOBS_ENABLED).toBe('1')
    expect(r.ok && r.env.JOBS_INTERVAL_SECONDS).toBe(60)
    expect(parseEnv({ DATABASE_URL: 'file:a.db', AUTH_SECRET: SECRET, JOBS_INTERVAL_SECONDS: '1' }).ok).toBe(false)
  })
})
