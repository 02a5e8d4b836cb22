// The household registry on a phone: search, the V8 page, area scope (404), supervisor edits with versions, the profile.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { signIn } from './helpers'
import { expectFitsPhone, PHONE } from '../fixtures/mobile'

test.use(PHONE)

async function householdUrl(page: Page, roomNo: string) {
  await page.goto(`/households?q=${encodeURIComponent(roomNo)}`)
  await page.getByRole('link', { name: new RegExp(`^${roomNo}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: roomNo })).toBeVisible()
  return new URL(page.url()).pathname
}

async function asSupervisor(browser: Browser) {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await signIn(page, 'zhuguan')
  return { context, page }
}

test('a housekeeper searches their area and opens the household page with everything for the visit', async ({ page }) => {
  await signIn(page, 'guanjia1')
  await page.goto('/households')
  await expectFitsPhone(page)
  await page.getByLabel('搜索住户').fill('1-2-25')
  await page.getByRole('button', { name: '搜索' }).click()
  await expect(page.getByTestId('household-list').getByRole('link')).toHaveCount(2)
  await page.getByRole('link', { name: /^1-2-2501/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: '1-2-2501' })).toBeVisible()
  await expect(page.getByTestId('residents').getByRole('link', { name: /拨打/ }).first()).toHaveAttribute('href', /^tel:1\d{10}$/)
  for (const title of ['住户成员', '未完成的跟进事项', '个性化档案', '未结投诉', '未完成的报修', '欠费', '最近走访']) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${title}`) })).toBeVisible()
  }
  const checklist = page.getByText('走访要点（上门拜访八步）')
  await expect(page.getByText('十分钟法则')).toBeHidden()
  await checklist.click()
  await expect(page.getByText(/十分钟法则/)).toBeVisible()
  await expect(page.getByText(/观察六要素/).first()).toBeVisible()
  await expect(page.getByRole('link', { name: '记录走访' })).toBeVisible()
  await expect(page.getByRole('link', { name: '编辑住户' })).toHaveCount(0)
  await expectFitsPhone(page)
})

test('another area’s household: 404 from its pages and from the visit endpoint', async ({ page, browser }) => {
  const sup = await asSupervisor(browser)
  const foreign = await householdUrl(sup.page, '3-1-101')
  await sup.context.close()
  await signIn(page, 'guanjia1')
  expect((await page.request.get('/households?q=3-1-101')).ok()).toBe(true)
  await page.goto('/households?q=3-1-101')
  await expect(page.getByText('没有符合条件的住户')).toBeVisible()
  for (const path of [foreign, `${foreign}/profile`, `${foreign}/visits/new`]) {
    const res = await page.goto(path)
    expect(res?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible()
  }
  const edit = await page.goto(`${foreign}/edit`)
  expect(edit?.status()).toBe(403)
  const householdId = foreign.split('/').pop()!
  const local = new Date(Date.now() + 8 * 3_600_000 - 30 * 60_000).toISOString().slice(0, 16)
  const res = await page.request.post('/api/visits', { data: { clientKey: `e2e-foreign-${Date.now()}`, householdId, kind: 'home', startedAt: local, endedAt: local, feedback: [] } })
  expect(res.status()).toBe(404)
  expect((await res.json()).message).toBe('找不到该记录，或您无权查看')
})

test('a supervisor edits a household; a stale save is refused and keeps what was typed', async ({ page, browser }) => {
  await signIn(page, 'zhuguan')
  const url = await householdUrl(page, '4-1-801')
  await page.getByRole('link', { name: '编辑住户' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '编辑住户 4-1-801' })).toBeVisible()
  await expectFitsPhone(page)

  // Someone else saves first.
  const other = await asSupervisor(browser)
  await other.page.goto(`${url}/edit`)
  await other.page.getByLabel('备注').fill('另一位主管先保存')
  await other.page.getByRole('button', { name: '保存' }).click()
  await expect(other.page).toHaveURL(new RegExp(`${url}$`))
  await other.context.close()

  await page.getByLabel('重点关注住户').check()
  await page.getByLabel('备注').fill('独居老人，每周电话问候')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '该记录已被其他人修改' })).toBeVisible()
  await expect(page.getByLabel('备注')).toHaveValue('独居老人，每周电话问候')
  await expect(page.getByLabel('重点关注住户')).toBeChecked()

  await page.reload()
  await expect(page.getByLabel('备注')).toHaveValue('另一位主管先保存')
  await page.getByLabel('重点关注住户').check()
  await page.getByLabel('备注').fill('独居老人，每周电话问候')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page).toHaveURL(new RegExp(`${url}$`))
  await expect(page.getByText('重点关注', { exact: true })).toBeVisible()
  await expect(page.getByText('独居老人，每周电话问候')).toBeVisible()
})

test('a supervisor adds a resident (the phone is checked) and removes them after confirming', async ({ page }) => {
  await signIn(page, 'zhuguan')
  const url = await householdUrl(page, '4-1-802')
  await page.goto(`${url}/edit`)
  await page.getByRole('link', { name: '添加住户成员' }).click()
  await page.getByLabel('姓名').fill('测试租户')
  await page.getByLabel('身份').selectOption('tenant')
  await page.getByLabel('手机号').fill('1391234')
  await page.getByRole('button', { name: '保存成员' }).click()
  await expect(page.getByLabel('手机号')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('手机号应为 11 位数字')).toBeVisible()
  await expect(page.getByLabel('姓名')).toHaveValue('测试租户')
  await page.getByLabel('手机号').fill('13912345678')
  await page.getByRole('button', { name: '保存成员' }).click()
  const row = page.getByRole('listitem', { name: '测试租户' })
  await expect(row).toContainText('13912345678')
  await row.getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click()
  await expect(page.getByRole('listitem', { name: '测试租户' })).toHaveCount(0)
})

test('the housekeeper notes a wedding in the profile, which schedules the §3.3 visit', async ({ page }) => {
  await signIn(page, 'guanjia1')
  const url = await householdUrl(page, '1-1-1501')
  await page.getByRole('link', { name: '编辑档案' }).click()
  await expectFitsPhone(page)
  await page.getByLabel('类别').selectOption({ label: '重要事件' })
  await page.getByLabel('事件类型').selectOption({ label: '结婚' })
  await page.getByLabel('内容').fill('儿子下月结婚')
  await expect(page.getByLabel('安排相应的回访（§3.3）')).toBeChecked()
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('status')).toContainText('已添加到档案，并安排了回访（3.3-6')
  await page.goto(url)
  await expect(page.getByTestId('profile')).toContainText('儿子下月结婚')
  await expect(page.getByTestId('household-follow-ups')).toContainText('婚庆服务')
})
