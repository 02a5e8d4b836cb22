import { expect, type Page } from '@playwright/test'

export const PASSWORD = 'demo1234'

/** Signs in through the real form and waits for the role's home page. */
export async function signIn(page: Page, account: string, password = PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('账号或手机号').fill(account)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** The e2e server's database (scripts/e2e-server.ts): tests that need the job runner point it here. */
export function e2eDatabaseUrl() {
  return `file:${process.cwd()}/tests/.tmp/e2e-${process.env.E2E_PORT ?? '3100'}.db`
}

/** Runs the background jobs once against the e2e database with an injected clock, as `npm run jobs` does. */
export async function runJobs(now: Date): Promise<Record<string, number>> {
  const { execFileSync } = await import('node:child_process')
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/run-jobs.ts', '--now', now.toISOString()], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').pop()!)
}
