// Follow-ups on a phone: the receiver's list, closing with the reply given to the resident (R4).
import { expect, test } from '@playwright/test'
import { signIn } from './helpers'
import { expectFitsPhone, PHONE } from '../fixtures/mobile'

test.use(PHONE)

test('the housekeeper closes a follow-up with the reply given to the resident', async ({ page }) => {
  await signIn(page, 'guanjia3')
  await page.goto('/follow-ups')
  await expect(page.getByRole('heading', { level: 1, name: '跟进事项' })).toBeVisible()
  await expectFitsPhone(page)
  const list = page.getByTestId('follow-up-list')
  const first = list.getByRole('link').first()
  const title = (await first.locator('.font-medium').first().textContent())!.split(' · ').slice(1).join(' · ')
  await first.click()
  await expectFitsPhone(page)
  await page.getByRole('button', { name: '已答复住户，关闭' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click()
  await expect(page.getByLabel('给住户的答复')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('请填写给住户的答复')).toBeVisible()
  await page.getByLabel('给住户的答复').fill('已安排工程部处理，并电话告知业主')
  await page.getByRole('button', { name: '已答复住户，关闭' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click()
  await expect(page.getByTestId('reply')).toHaveText('已安排工程部处理，并电话告知业主')
  await page.goto('/follow-ups?tab=mine&status=done')
  await expect(page.getByTestId('follow-up-list')).toContainText(title)
})

test('engineering sees what was routed to the department', async ({ page }) => {
  await signIn(page, 'weixiu1')
  await page.goto('/follow-ups?tab=department')
  await expect(page.getByRole('link', { name: '我的部门' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('follow-up-list').getByRole('link').first()).toBeVisible()
})
