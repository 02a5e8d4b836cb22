// A housekeeper's visit on a phone (375×667): log it, see its follow-up, V5 warnings, offline drafts.
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './helpers'
import { expectFitsPhone, lastMonday, PHONE, zhDate } from '../fixtures/mobile'

test.use(PHONE)

async function openHousehold(page: Page, roomNo: string) {
  await page.goto(`/households?q=${encodeURIComponent(roomNo)}`)
  await page.getByRole('link', { name: new RegExp(`^${roomNo}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: roomNo })).toBeVisible()
  return page.url()
}

async function openVisitForm(page: Page, roomNo: string) {
  const url = await openHousehold(page, roomNo)
  await page.getByRole('link', { name: '记录走访' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `记录走访 · ${roomNo}` })).toBeVisible()
  return url
}

test('log a home visit with two feedback items: the unanswered one is a follow-up on the household and on my day', async ({ page }) => {
  const tag = Date.now().toString(36)
  await signIn(page, 'guanjia1')
  await expect(page.getByRole('heading', { level: 1, name: '我的一天' })).toBeVisible()
  await expectFitsPhone(page)
  const householdUrl = await openVisitForm(page, '2-1-1201')
  await expectFitsPhone(page)

  await page.getByRole('radio', { name: '上门' }).check()
  await page.getByRole('button', { name: /开始走访/ }).click()
  await expect(page.getByLabel('开始时间')).not.toHaveValue('')
  await page.getByLabel('接待人').fill('业主本人')
  await page.getByRole('button', { name: '门前清扫' }).click()
  await page.getByRole('button', { name: '鞋子摆放' }).click()
  await expect(page.getByRole('button', { name: /门前清扫/ })).toHaveAttribute('aria-pressed', 'true')
  await page.getByLabel('观察记录').fill('家中整洁，阳台养花')

  await page.getByRole('button', { name: '添加一条意见' }).click()
  const first = page.getByRole('group', { name: '第 1 条意见' })
  await first.getByLabel('意见或诉求').fill(`询问停车月卡价格 ${tag}`)
  await first.getByLabel('已当场答复').check()
  await first.getByLabel('答复内容').fill('已告知每月 300 元')

  await page.getByRole('button', { name: '添加一条意见' }).click()
  const second = page.getByRole('group', { name: '第 2 条意见' })
  await second.getByLabel('意见或诉求').fill(`厨房顶棚渗水 ${tag}`)
  await second.getByRole('radio', { name: '紧急' }).check()
  await second.getByLabel('处理部门').selectOption({ label: '工程部' })
  await page.getByRole('button', { name: /结束走访/ }).click()
  await expect(page.getByLabel('结束时间')).not.toHaveValue('')
  await expectFitsPhone(page)
  await page.getByRole('button', { name: '保存走访' }).click()

  await expect(page).toHaveURL(/logged=1/)
  await expect(page.getByText('走访已保存')).toBeVisible()
  const onHousehold = page.getByTestId('household-follow-ups').getByRole('link', { name: new RegExp(`厨房顶棚渗水 ${tag}`) })
  await expect(onHousehold).toBeVisible()
  await expect(onHousehold.getByTestId('deadline')).toContainText('R1 紧急 24小时')
  await expect(page.getByTestId('last-visits')).toContainText(`询问停车月卡价格 ${tag}`)
  await expect(page.getByTestId('household-follow-ups')).not.toContainText('询问停车月卡价格')
  expect(page.url().split('?')[0]).toBe(householdUrl)
  await expectFitsPhone(page)

  await page.goto('/today')
  const onMyDay = page.getByRole('link', { name: new RegExp(`厨房顶棚渗水 ${tag}`) })
  await expect(onMyDay).toBeVisible()
  await expect(onMyDay.getByTestId('deadline')).toContainText('R1 紧急 24小时')
})

test('a phone visit on a Monday is warned about with the next allowed time; it needs a reason', async ({ page }) => {
  const { monday, tuesday } = lastMonday()
  await signIn(page, 'guanjia1')
  await openVisitForm(page, '2-1-1202')
  await page.getByRole('radio', { name: '电话' }).check()
  await page.getByLabel('开始时间').fill(`${monday}T10:00`)
  await page.getByLabel('结束时间').fill(`${monday}T10:08`)
  const warning = page.getByTestId('phone-window-warning')
  await expect(warning).toContainText(`${zhDate(monday)} 10:00 不在电话回访时段内`)
  await expect(warning).toContainText(`下一个可拨打时间：${zhDate(tuesday)} 09:00`)
  await expectFitsPhone(page)
  await page.getByRole('button', { name: '保存走访' }).click()
  const reason = page.getByLabel('不在时段内的原因')
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator(`#${await reason.getAttribute('aria-describedby')}`)).toContainText('住户主动来电')
  await reason.fill('住户主动来电询问维修进度')
  await page.getByRole('button', { name: '保存走访' }).click()
  await expect(page).toHaveURL(/logged=1/)
  await expect(page.getByTestId('last-visits')).toContainText('电话')
})

test('an end before the start and an empty feedback item are refused, with the message beside each field', async ({ page }) => {
  await signIn(page, 'guanjia1')
  await openVisitForm(page, '2-1-1301')
  await page.getByLabel('开始时间').fill('2026-01-10T10:30')
  await page.getByLabel('结束时间').fill('2026-01-10T10:00')
  await page.getByRole('button', { name: '添加一条意见' }).click()
  await page.getByRole('button', { name: '保存走访' }).click()
  await expect(page.getByLabel('结束时间')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('结束时间不能早于开始时间')).toBeVisible()
  await expect(page.getByText('请填写意见或诉求内容')).toBeVisible()
})

test('offline: the visit stays on the phone as "未发送" and is sent once when the network is back', async ({ page, context }) => {
  const tag = `离线走访 ${Date.now().toString(36)}`
  await signIn(page, 'guanjia1')
  await openVisitForm(page, '2-2-1302')
  await page.getByRole('button', { name: /开始走访/ }).click()
  await page.getByRole('button', { name: /结束走访/ }).click()
  await page.getByLabel('备注').fill(tag)
  await context.setOffline(true)
  await page.getByRole('button', { name: '保存走访' }).click()
  await expect(page.getByTestId('visit-queued')).toContainText('未发送')
  await expect(page.getByTestId('outbox')).toContainText('2-2-1302')
  await context.setOffline(false)
  await expect(page).toHaveURL(/logged=1/)
  await expect(page.getByTestId('last-visits').getByText(tag)).toHaveCount(1)
  await expect(page.getByTestId('outbox')).toHaveCount(0)
})

test('a draft survives a reload, and the same visit sent twice makes one visit', async ({ page }) => {
  const tag = `草稿 ${Date.now().toString(36)}`
  await signIn(page, 'guanjia1')
  const householdUrl = await openVisitForm(page, '2-2-1401')
  await page.getByLabel('接待人').fill('家中老人')
  await page.getByLabel('备注').fill(tag)
  await page.reload()
  await expect(page.getByText('已恢复上次未完成的草稿')).toBeVisible()
  await expect(page.getByLabel('备注')).toHaveValue(tag)
  await expect(page.getByLabel('接待人')).toHaveValue('家中老人')

  const householdId = householdUrl.split('/').pop()!
  const local = (minutesAgo: number) => new Date(Date.now() + 8 * 3_600_000 - minutesAgo * 60_000).toISOString().slice(0, 16)
  const body = { clientKey: `e2e-${Date.now()}-twice`, householdId, kind: 'home', purpose: 'routine', startedAt: local(30), endedAt: local(5), notes: tag, feedback: [] }
  const a = await page.request.post('/api/visits', { data: body })
  const b = await page.request.post('/api/visits', { data: body })
  expect(a.status()).toBe(201)
  expect(b.status()).toBe(200)
  expect((await b.json()).id).toBe((await a.json()).id)
  const notJson = await page.request.post('/api/visits', { headers: { 'content-type': 'text/plain' }, data: JSON.stringify({ ...body, clientKey: `${body.clientKey}-x` }) })
  expect(notJson.status()).toBe(415)
  await page.goto(householdUrl)
  await expect(page.getByTestId('last-visits').getByText(tag)).toHaveCount(1)
})
