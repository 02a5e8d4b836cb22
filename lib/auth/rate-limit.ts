// Sign-in rate limit, stored in the database so every app instance sees the same counts.
import type { Db } from '@/lib/db'

export const LOGIN_WINDOW_MS = 15 * 60 * 1000
export const MAX_FAILS_PER_ACCOUNT = 5
export const MAX_FAILS_PER_IP = 30

export async function isLoginBlocked(db: Db, account: string, ip: string, now = new Date()) {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS)
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { account, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ])
  return byAccount >= MAX_FAILS_PER_ACCOUNT || byIp >= MAX_FAILS_PER_IP
}

export async function recordLoginAttempt(db: Db, account: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { account, ip, success } })
  if (success) {
    // A successful sign-in clears the account's failures.
    await db.loginAttempt.deleteMany({ where: { account, success: false } })
  }
}
