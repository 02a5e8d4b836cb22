import { expect, test, type Page } from '@playwright/test'
import { runJobs, signIn } from './helpers'
import { expectFitsPhone, PHONE, shanghaiDate } from '../fixtures/mobile'

const ROOM = '1-2-1202'

async function pickHousehold(page: Page, roomNo: string) {
  await page.getByRole('textbox', { name: '住户', exact: true }).fill(roomNo)
  await page.getByRole('button', { name: new RegExp(`^${roomNo} `) }).click()
  await expect(page.getByTestId('household-chosen')).toHaveText(`已选择：${roomNo}`)
}

/** The callback item of a repair page by its rule key. */
const callback = (page: Page, key: string) => page.locator(`[data-testid="repair-callback"][data-key="${key}"]`)

test('leak repair: front desk registers and assigns, the technician completes on a phone, rain makes the after-rain callback due, a failed callback reopens it', async ({ browser }) => {
  // Front desk registers a leak reported yesterday morning, from the desk page's button.
  const desk = await (await browser.newContext()).newPage()
  await signIn(desk, 'qiantai1')
  await desk.goto('/desk')
  await desk.getByRole('link', { name: '登记报修' }).click()
  await expect(desk).toHaveURL(/\/repairs\/new$/)
  await pickHousehold(desk, ROOM)
  await desk.getByLabel('维修类别').selectOption({ label: '房屋渗漏水' })
  await expect(desk.getByText('修复目标（§3.1）：立即到场，2 天内诊断处理')).toBeVisible()
  await desk.getByLabel('报修内容').fill('卫生间顶棚渗水（e2e 报修）')
  await desk.getByLabel('报修时间').fill(`${shanghaiDate(-1)}T09:00`)
  await expect(desk.getByTestId('reply-rule')).toContainText('紧急 24 小时内，一般 48 小时内')
  await desk.getByRole('button', { name: '登记报修' }).click()
  await expect(desk).toHaveURL(/\/repairs\/[a-z0-9]+\?registered=1$/)
  const id = desk.url().split('/repairs/')[1]!.split('?')[0]!
  await expect(desk.getByRole('heading', { level: 1 })).toContainText(new RegExp(`BX-\\d{8}-\\d{4} · ${ROOM}`))
  await expect(desk.getByRole('heading', { level: 1 })).toContainText('待处理')
  const deadlines = desk.getByTestId('repair-deadlines')
  await expect(deadlines.getByTestId('deadline').first()).toContainText('R1 一般 48小时')
  await expect(desk.getByTestId('fix-target')).toContainText('立即到场，2 天内诊断处理')
  await desk.getByLabel('维修人员').selectOption({ label: '郑师傅' })
  await desk.getByRole('button', { name: '派工' }).click()
  await expect(desk.getByTestId('repair-history')).toContainText('派工给 郑师傅')

  // The technician, on a phone: sees it at home, starts and completes it (fixed yesterday afternoon).
  const tech = await (await browser.newContext(PHONE)).newPage()
  await signIn(tech, 'weixiu1')
  await expect(tech).toHaveURL(/\/work-orders$/)
  await expect(tech.getByRole('heading', { level: 1 })).toHaveText('维修工单')
  await expect(tech.getByTestId('my-repairs')).toContainText(ROOM)
  await expectFitsPhone(tech)
  await tech.goto(`/repairs/${id}`)
  await expectFitsPhone(tech)
  await tech.getByRole('button', { name: '开始处理' }).click()
  await expect(tech.getByRole('heading', { level: 1 })).toContainText('处理中')
  await tech.getByLabel('完成时间').fill(`${shanghaiDate(-1)}T15:00`)
  await tech.getByLabel('维修内容（做了什么）').fill('重做卫生间顶棚防水')
  await tech.getByRole('button', { name: '完成维修' }).click()
  await expect(tech.getByRole('heading', { level: 1 })).toContainText('已完成')
  await expect(callback(tech, 'leak-next-day')).toContainText('C1 渗漏水维修回访（次日）')
  await expect(callback(tech, 'leak-next-day').getByTestId('deadline')).toBeVisible()
  await expect(callback(tech, 'leak-after-rain')).toContainText('C2 雨后回访（首个雨天后次日）')
  await expect(callback(tech, 'leak-after-rain')).toContainText('等待降雨 · 已 1 天')
  await expect(callback(tech, 'leak-after-rain').getByTestId('deadline')).toHaveCount(0)
  await expect(tech.getByTestId('repair-history')).toContainText('重做卫生间顶棚防水')
  await expectFitsPhone(tech)
  await tech.goto('/work-orders')
  await expect(tech.getByTestId('my-callbacks')).toContainText('等待降雨')
  await expectFitsPhone(tech)

  // It rains today: front desk records it, the job runs, the after-rain callback gets its due (end of tomorrow).
  await desk.goto('/desk')
  await desk.getByLabel('降雨日期').fill(shanghaiDate(0))
  await desk.getByRole('button', { name: '记录降雨' }).click()
  await expect(desk.getByText('已记录降雨')).toBeVisible()
  const report = await runJobs(new Date())
  expect(report.refreshRainCallbacks).toBeGreaterThanOrEqual(1)
  await desk.goto(`/repairs/${id}`)
  await expect(callback(desk, 'leak-after-rain').getByTestId('deadline')).toContainText('C2 雨后回访')
  await expect(callback(desk, 'leak-after-rain')).not.toContainText('等待降雨')
  await desk.goto('/repairs?view=waitingForRain')
  await expect(desk.getByText(ROOM)).toHaveCount(0)

  // The next-day callback: not satisfied, the problem came back → reopen.
  await desk.goto(`/repairs/${id}`)
  const next = callback(desk, 'leak-next-day')
  await next.getByRole('link', { name: '登记这次回访' }).click()
  await next.getByText('电话', { exact: true }).click()
  await next.getByText('不满意', { exact: true }).click()
  await next.getByText('问题复发', { exact: true }).click()
  await next.getByLabel('住户的原话').fill('昨晚又渗水了')
  await next.getByText('重新打开这张维修单').click()
  await next.getByRole('button', { name: '登记回访' }).click()
  await expect(desk.getByRole('heading', { level: 1 })).toContainText('处理中')
  const history = desk.getByTestId('repair-history')
  await expect(history).toContainText('回访（电话）：不满意 · 问题复发')
  await expect(history).toContainText('昨晚又渗水了')
  await expect(history).toContainText('重新打开')
  await expect(history).toContainText('取消未做的回访 1 条')
  await expect(desk.getByTestId('repair-callbacks')).toContainText('上一轮')
  // The recorded callback is kept (done); the after-rain one was cancelled with the reopen.
  const recorded = desk.locator('[data-testid="repair-callback"][data-key^="leak-next-day@"]')
  await expect(recorded.getByTestId('deadline')).toHaveAttribute('data-status', 'done')
  await expect(recorded).toContainText('问题复发')
  await expect(callback(desk, 'leak-after-rain')).toHaveCount(0)
  // Back on the technician's list.
  await tech.goto('/work-orders')
  await expect(tech.getByTestId('my-repairs')).toContainText(ROOM)
})

test('who sees and changes what: another area 404, admin cannot register (403), another technician gets no buttons', async ({ browser }) => {
  const desk = await (await browser.newContext()).newPage()
  await signIn(desk, 'qiantai2')
  await desk.goto('/repairs/new')
  await pickHousehold(desk, '1-1-1102')
  await desk.getByLabel('维修类别').selectOption({ label: '管道堵塞或漏水' })
  await desk.getByText('紧急（急修').click()
  await desk.getByLabel('报修内容').fill('厨房下水道堵塞（e2e 权限）')
  await desk.getByRole('button', { name: '登记报修' }).click()
  await expect(desk).toHaveURL(/\/repairs\/[a-z0-9]+\?registered=1$/)
  const id = desk.url().split('/repairs/')[1]!.split('?')[0]!
  await expect(desk.getByTestId('repair-deadlines').getByTestId('deadline').first()).toContainText('R1 紧急 24小时')
  await expect(desk.getByTestId('fix-target')).toContainText('当天修复')
  await desk.getByLabel('维修人员').selectOption({ label: '郑师傅' })
  await desk.getByRole('button', { name: '派工' }).click()
  await expect(desk.getByTestId('repair-history')).toContainText('派工给 郑师傅')
  // It is today's repair on the desk page, linked to its page.
  await desk.goto('/desk')
  await desk.getByTestId('today-repairs').getByText('厨房下水道堵塞（e2e 权限）').click()
  await expect(desk).toHaveURL(new RegExp(`/repairs/${id}$`))
  // Search by room number in the list.
  await desk.goto('/repairs?view=open&q=1-1-1102')
  await expect(desk.getByTestId('repair-list')).toContainText('厨房下水道堵塞（e2e 权限）')

  const other = await (await browser.newContext()).newPage()
  await signIn(other, 'guanjia2')
  expect((await other.goto(`/repairs/${id}`))?.status()).toBe(404)
  await other.goto('/repairs?view=all&q=1-1-1102')
  await expect(other.getByText('厨房下水道堵塞（e2e 权限）')).toHaveCount(0)

  const admin = await (await browser.newContext()).newPage()
  await signIn(admin, 'admin')
  expect((await admin.goto('/repairs/new'))?.status()).toBe(403)
  expect((await admin.goto(`/repairs/${id}`))?.status()).toBe(200)
  await expect(admin.getByRole('button', { name: '派工' })).toHaveCount(0)

  const tech2 = await (await browser.newContext()).newPage()
  await signIn(tech2, 'weixiu2')
  await tech2.goto(`/repairs/${id}`)
  await expect(tech2.getByRole('heading', { level: 1 })).toContainText('待处理')
  await expect(tech2.getByRole('button', { name: '开始处理' })).toHaveCount(0)
  await expect(tech2.getByRole('button', { name: '派工' })).toHaveCount(0)
})
