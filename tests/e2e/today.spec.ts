// My day on a phone: counts, the phone window, due follow-ups, planned visits in route order, V1/V2 lists.
import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { e2eDatabaseUrl, signIn } from './helpers'
import { expectFitsPhone, PHONE } from '../fixtures/mobile'

test.use(PHONE)

test('my day shows what is due, the phone window and the households still to visit', async ({ page }) => {
  await signIn(page, 'guanjia2')
  await expect(page).toHaveURL(/\/today$/)
  await expect(page.getByRole('heading', { level: 1, name: '我的一天' })).toBeVisible()
  await expect(page.getByTestId('phone-window')).toContainText(/现在可以打电话|起可拨打/)
  const counts = page.getByTestId('day-counts')
  for (const label of ['已超期', '今天到期', '维修回访', '计划走访', '本月未走访', '未入住待电话']) await expect(counts).toContainText(label)
  // The seed left guanjia2 an overdue follow-up (R1) from a visit 60 hours ago.
  await expect(page.getByTestId('due-follow-ups').getByTestId('deadline').first()).toHaveAttribute('data-status', 'overdue')
  await expect(page.getByTestId('unvisited').getByRole('link').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: /今天的计划走访/ })).toBeVisible()
  await expectFitsPhone(page)
  await page.getByTestId('due-follow-ups').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/follow-ups\//)
  await expectFitsPhone(page)
})

/** Puts an approved plan with visits planned for today into the e2e database (as the plans module would). */
function planToday(username: string, roomNos: string[]) {
  const code = `
    import { createDb } from './lib/db/client.ts'
    const db = createDb(process.env.DATABASE_URL)
    const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10)
    const user = await db.user.findUniqueOrThrow({ where: { username: ${JSON.stringify(username)} } })
    const key = { housekeeperId: user.id, period: 'month', periodKey: today.slice(0, 7) }
    const plan = (await db.visitPlan.findFirst({ where: key })) ?? (await db.visitPlan.create({ data: key }))
    await db.visitPlan.update({ where: { id: plan.id }, data: { status: 'approved' } })
    for (const roomNo of ${JSON.stringify(roomNos)}) {
      const h = await db.household.findUniqueOrThrow({ where: { roomNo } })
      await db.visitPlanItem.create({ data: { planId: plan.id, householdId: h.id, plannedDate: today, kind: 'home' } })
    }
    await db.$disconnect()
  `
  execFileSync('node_modules/.bin/tsx', ['--input-type=module', '-e', code], { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() }, stdio: 'pipe' })
}

test('today’s planned visits come in route order (building → unit → floor) and open the visit form', async ({ page }) => {
  planToday('guanjia4', ['6-2-301', '6-1-1201', '6-1-502'])
  await signIn(page, 'guanjia4')
  const planned = page.getByTestId('planned-today').getByRole('link')
  await expect(planned).toHaveCount(3)
  expect((await planned.allTextContents()).map((s) => s.slice(0, s.indexOf('上门')).trim())).toEqual(['6-1-502', '6-1-1201', '6-2-301'])
  await planned.first().click()
  await expect(page.getByRole('heading', { level: 1, name: '记录走访 · 6-1-502' })).toBeVisible()
  await expect(page.getByText(/^计划走访（\d{4}-\d{2}-\d{2}）$/)).toBeVisible()
  await expect(page.getByRole('radio', { name: '上门' })).toBeChecked()
  await page.getByRole('button', { name: /开始走访/ }).click()
  await page.getByRole('button', { name: /结束走访/ }).click()
  await page.getByRole('button', { name: '保存走访' }).click()
  await expect(page).toHaveURL(/logged=1/)
  await page.goto('/today')
  await expect(page.getByTestId('planned-today').getByRole('link')).toHaveCount(2)
  await expectFitsPhone(page)
})
