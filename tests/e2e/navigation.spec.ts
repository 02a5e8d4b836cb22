import { expect, test } from '@playwright/test'
import { signIn } from './helpers'

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } })

  test('a housekeeper has a bottom tab bar; the places that do not fit are under 更多', async ({ page }) => {
    await signIn(page, 'guanjia3')
    const bar = page.getByRole('navigation', { name: '主导航' }).last()
    await expect(bar).toBeVisible()
    await expect(bar.getByRole('link')).toHaveCount(5)
    await expect(bar.getByRole('link', { name: '我的一天' })).toHaveAttribute('aria-current', 'page')
    await bar.getByRole('link', { name: '更多' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '更多' })).toBeVisible()
    for (const name of ['走访计划', '收费催缴', '报修', '规则', '通知']) await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: '规则' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '规则' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  })
})

test('on a desktop the other roles have a side navigation', async ({ page }) => {
  await signIn(page, 'zhuguan')
  const side = page.getByRole('complementary').getByRole('navigation', { name: '主导航' })
  await expect(side).toBeVisible()
  await expect(side.getByRole('link', { name: '主管工作台' })).toHaveAttribute('aria-current', 'page')
  await side.getByRole('link', { name: '走访计划' }).click()
  await expect(page).toHaveURL(/\/plans$/)
})
