// Checks a username-or-phone and password; says nothing about whether the account exists.
import { z } from 'zod'
import type { Db } from '@/lib/db'
import { dummyHash, verifyPassword } from './password'
import { isLoginBlocked, recordLoginAttempt } from './rate-limit'

export const credentialsSchema = z.object({
  account: z.string().trim().min(1, '请输入账号或手机号').max(64),
  password: z.string().min(1, '请输入密码').max(128),
})

export type AuthResult =
  | { ok: true; user: { id: string; name: string; role: string } }
  | { ok: false; reason: 'invalid' | 'rateLimited' }

export async function authenticate(db: Db, input: unknown, ip: string): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const account = parsed.data.account.toLowerCase()
  if (await isLoginBlocked(db, account, ip)) return { ok: false, reason: 'rateLimited' }
  const user = await db.user.findFirst({
    where: { OR: [{ username: account }, { phone: account }] },
    select: { id: true, name: true, role: true, passwordHash: true, active: true },
  })
  const good = await verifyPassword(parsed.data.password, user?.passwordHash ?? dummyHash())
  const ok = Boolean(user && user.active && good)
  await recordLoginAttempt(db, account, ip, ok)
  if (!ok || !user) return { ok: false, reason: 'invalid' }
  return { ok: true, user: { id: user.id, name: user.name, role: user.role } }
}
