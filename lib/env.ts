// Environment checked once at start (instrumentation.ts and scripts): one clear line per problem.
import { z } from 'zod'

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL 未设置（例如 file:./data/dev.db 或 postgres://user@host:5432/db）' })
    .min(1, 'DATABASE_URL 为空')
    .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\/.+/.test(v), 'DATABASE_URL 格式不正确：应以 file: 或 postgres:// 开头'),
  AUTH_SECRET: z
    .string({ error: 'AUTH_SECRET 未设置（生产环境必须设置至少 32 个字符的随机串）' })
    .min(32, 'AUTH_SECRET 太短：至少 32 个字符'),
  JOBS_ENABLED: z.enum(['0', '1']).default('1'),
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
})

export type Env = z.infer<typeof schema>

export function parseEnv(source: Record<string, string | undefined> = process.env): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const r = schema.safeParse(source)
  if (r.success) return { ok: true, env: r.data }
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }
}

let cached: Env | undefined
export function env(): Env {
  if (cached) return cached
  const r = parseEnv()
  if (!r.ok) throw new Error(`环境变量有误 — ${r.problems.join('；')}`)
  cached = r.env
  return cached
}
