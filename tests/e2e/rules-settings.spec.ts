import { expect, test } from '@playwright/test'
import { signIn } from './helpers'

test('every role reads the rules in force with their numbers and sources', async ({ browser }) => {
  for (const account of ['guanjia2', 'qiantai1', 'weixiu1']) {
    const page = await (await browser.newContext()).newPage()
    await signIn(page, account)
    await page.getByRole('link', { name: '规则' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: '规则' })).toBeVisible()
    await expect(page.getByTestId('rule-R1')).toContainText('24')
    await expect(page.getByTestId('rule-R1')).toContainText('000 篇2 (五)2')
    await expect(page.getByTestId('rule-V5')).toContainText('09:00')
    await expect(page.getByTestId('rule-P5')).toBeVisible()
    await page.context().close()
  }
})

test('an admin changes a rule number (validated), the rules page follows; other roles cannot open settings', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage()
  await signIn(admin, 'admin')
  await admin.getByRole('link', { name: '设置' }).first().click()
  await expect(admin.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
  // A bad value is refused next to the field; the typed value stays.
  await admin.getByLabel('一般问题答复时限（小时）').fill('abc')
  await admin.getByRole('button', { name: '保存规则参数' }).click()
  await expect(admin.getByText('一般问题答复时限（小时）必须是数字')).toBeVisible()
  await expect(admin.getByLabel('一般问题答复时限（小时）')).toHaveValue('abc')
  await admin.getByLabel('一般问题答复时限（小时）').fill('36')
  await admin.getByRole('button', { name: '保存规则参数' }).click()
  await expect(admin.getByRole('status').filter({ hasText: '规则参数已保存' })).toBeVisible()
  await admin.goto('/rules')
  await expect(admin.getByTestId('rule-R1')).toContainText('36')
  // Put it back for the other tests.
  await admin.goto('/admin/settings')
  await admin.getByLabel('一般问题答复时限（小时）').fill('48')
  await admin.getByRole('button', { name: '保存规则参数' }).click()
  await expect(admin.getByRole('status').filter({ hasText: '规则参数已保存' })).toBeVisible()

  const sup = await (await browser.newContext()).newPage()
  await signIn(sup, 'zhuguan')
  await sup.goto('/admin/settings')
  await expect(sup.getByRole('heading', { name: '无权访问' })).toBeVisible()
})

test('an admin adds a make-up working day and removes it after confirming', async ({ page }) => {
  await signIn(page, 'admin')
  await page.goto('/admin/settings')
  await page.getByLabel(/^日期/).fill('2027-02-20')
  await page.getByLabel('这一天').selectOption({ label: '调休上班（计工作日）' })
  await page.getByLabel('名称（可选）').fill('春节调休')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('calendar-days')).toContainText('2027-02-20 · 调休上班 · 春节调休')
  await page.getByTestId('calendar-days').getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('尚未添加调整日')).toBeVisible()
})

test('front desk records a rain day from its home page', async ({ page }) => {
  await signIn(page, 'qiantai2')
  await page.getByRole('button', { name: '记录降雨' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已记录降雨' })).toBeVisible()
})

test('notifications: the unread list, mark one and mark all as read', async ({ page }) => {
  await signIn(page, 'jingli')
  await page.goto('/notifications')
  await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible()
  await page.getByRole('button', { name: '全部标为已读' }).click()
  await expect(page.getByTestId('unread-count')).toHaveCount(0)
  await page.getByRole('link', { name: '只看未读' }).click()
  await expect(page.getByText('没有通知')).toBeVisible()
})
