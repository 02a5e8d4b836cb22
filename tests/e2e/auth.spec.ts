import { expect, test } from '@playwright/test'
import { signIn } from './helpers'

const HOMES = [
  { account: 'guanjia1', path: '/today', heading: '我的一天', role: '管家' },
  { account: 'zhuguan', path: '/supervisor', heading: '主管工作台', role: '管家部主管' },
  { account: 'jingli', path: '/manager', heading: '经理工作台', role: '中心经理' },
  { account: 'qiantai1', path: '/desk', heading: '前台工作台', role: '前台客服' },
  { account: 'weixiu1', path: '/work-orders', heading: '维修工单', role: '维修工程' },
  { account: 'admin', path: '/admin', heading: '系统管理', role: '管理员' },
]

for (const h of HOMES) {
  test(`${h.account} signs in and lands on ${h.path}`, async ({ page }) => {
    await signIn(page, h.account)
    await expect(page).toHaveURL(new RegExp(`${h.path}$`))
    await expect(page.getByRole('heading', { level: 1, name: h.heading })).toBeVisible()
    await expect(page.getByTestId('whoami')).toContainText(h.role)
  })
}

test('a wrong password shows the error and stays on the sign-in page', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('账号或手机号').fill('qiantai2')
  await page.getByLabel('密码').fill('wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '账号或密码错误' })).toBeVisible()
  await expect(page).toHaveURL(/\/login/)
})

test('an unknown account gets the same message as a wrong password', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('账号或手机号').fill('nobody-here')
  await page.getByLabel('密码').fill('whatever1')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '账号或密码错误' })).toBeVisible()
})

test('signing in by phone number works', async ({ page }) => {
  await signIn(page, '13800000002')
  await expect(page).toHaveURL(/\/today$/)
})

test('a page needs a session: anonymous visitors go to the sign-in page', async ({ page }) => {
  await page.goto('/desk')
  await expect(page).toHaveURL(/\/login/)
})

test('a role cannot open another role’s home page', async ({ page }) => {
  await signIn(page, 'guanjia3')
  await page.goto('/admin')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
})

test('sign-out returns to the sign-in page', async ({ page }) => {
  await signIn(page, 'weixiu2')
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/login/)
  await page.goto('/work-orders')
  await expect(page).toHaveURL(/\/login/)
})

test('unknown routes get the Chinese 404 page', async ({ page }) => {
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible()
})

test('the language switch is remembered', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('语言').selectOption('en')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Language').selectOption('zh-CN')
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
})
