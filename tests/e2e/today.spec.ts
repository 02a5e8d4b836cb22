// My day on a phone: counts, the phone window, due follow-ups, planned visits in route order, V1/V2 lists.
import { expect, test } from '@playwright/test'
import { signIn } from './helpers'
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
