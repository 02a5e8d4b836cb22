// Visit plans (V3/V4): a housekeeper generates next month's plan on a phone, edits and submits it; the supervisor
// returns it with a note, then approves the revised plan; the history shows every step. The center manager
// generates the V4 plan. Roles that do not plan get 403, another housekeeper's plan is 404.
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './helpers'
import { expectFitsPhone, PHONE } from '../fixtures/mobile'

async function status(page: Page, text: string) {
  await expect(page.getByTestId('plan-status')).toHaveText(text)
}

test('guanjia2 plans next month on a phone; zhuguan returns it, then approves the revised plan', async ({ browser }) => {
  const hk = await (await browser.newContext(PHONE)).newPage()
  await signIn(hk, 'guanjia2')
  await hk.goto('/plans')
  await expect(hk.getByRole('heading', { level: 1, name: '走访计划' })).toBeVisible()
  await expectFitsPhone(hk)
  await hk.getByRole('button', { name: /^生成下月计划/ }).click()
  await expect(hk).toHaveURL(/\/plans\/[a-z0-9]+$/)
  const planUrl = new URL(hk.url()).pathname
  await status(hk, '草稿')
  const items = hk.getByTestId('plan-item')
  const generated = await items.count()
  expect(generated).toBeGreaterThan(50)
  // Day headings come in date order; every visit sits under a working day of next month.
  const days = await hk.getByTestId('plan-day').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  expect(days.length).toBeGreaterThan(10)
  await expectFitsPhone(hk)

  // Remove the first visit (asks first).
  const first = items.first()
  const removed = (await first.getByRole('link').first().textContent())!.trim()
  await first.getByRole('button', { name: '移出计划' }).click()
  const dialog = hk.getByRole('dialog')
  await expect(dialog).toContainText(`把 ${removed} 移出计划？`)
  await dialog.getByRole('button', { name: '确认移出' }).click()
  await expect(items).toHaveCount(generated - 1)
  await expect(hk.getByTestId('plan-items').getByRole('link', { name: removed, exact: true })).toHaveCount(0)

  await hk.getByRole('button', { name: '提交审批' }).click()
  await status(hk, '待审批')
  await expect(hk.getByRole('button', { name: '移出计划' })).toHaveCount(0)

  // The supervisor finds it on the home page and returns it with a note.
  const sup = await (await browser.newContext()).newPage()
  await signIn(sup, 'zhuguan')
  await sup.goto('/supervisor')
  await sup.getByTestId('plans-to-review').getByRole('link', { name: /李强/ }).click()
  await expect(sup).toHaveURL(planUrl)
  await status(sup, '待审批')
  await sup.getByLabel('退回原因').fill('3号楼第一周的上门走访请往后排（e2e）')
  await sup.getByRole('button', { name: '退回', exact: true }).click()
  await status(sup, '已退回')

  // The housekeeper sees the note, moves a visit to the last day of the month, and submits again.
  await hk.goto(planUrl)
  await expect(hk.getByTestId('review-note')).toContainText('3号楼第一周的上门走访请往后排（e2e）')
  const target = items.first()
  const room = (await target.getByRole('link').first().textContent())!.trim()
  await target.getByText('修改日期或方式').click()
  const date = target.getByLabel('计划日期')
  const month = (await date.inputValue()).slice(0, 7)
  const [y, m] = month.split('-').map(Number) as [number, number]
  const lastDay = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
  await date.fill(lastDay)
  await target.getByLabel('走访方式').selectOption({ label: '上门' })
  await target.getByRole('button', { name: '保存' }).click()
  await expect(hk.getByTestId('plan-day').last().getByRole('link', { name: room, exact: true })).toBeVisible()
  await expectFitsPhone(hk)
  await hk.getByRole('button', { name: '提交审批' }).click()
  await status(hk, '待审批')

  await sup.goto(planUrl)
  await sup.getByRole('button', { name: '批准' }).click()
  await status(sup, '已批准')

  // Both see the whole history: submitted, returned (with the note), submitted again, approved.
  await hk.goto(planUrl)
  await status(hk, '已批准')
  await expect(hk.getByRole('button', { name: '重新打开修改' })).toBeVisible()
  await expect(hk.getByRole('button', { name: '移出计划' })).toHaveCount(0)
  const revisions = hk.getByTestId('plan-revision')
  await expect(revisions).toHaveCount(4)
  // Newest first.
  await expect(revisions.nth(0)).toContainText('第 4 版')
  await expect(revisions.nth(0)).toContainText('批准')
  await expect(revisions.nth(0)).toContainText('赵建华')
  await expect(revisions.nth(1)).toContainText('提交审批')
  await expect(revisions.nth(1)).toContainText('改期/改方式 1')
  await expect(revisions.nth(2)).toContainText('退回')
  await expect(revisions.nth(2)).toContainText('3号楼第一周的上门走访请往后排（e2e）')
  await expect(revisions.nth(3)).toContainText('第 1 版')
  await expect(revisions.nth(3)).toContainText('李强')
  await expectFitsPhone(hk)
  // The housekeeper was told about both reviews.
  await hk.goto('/notifications')
  await expect(hk.getByText(/走访计划已退回/).first()).toBeVisible()
  await expect(hk.getByText(/走访计划已批准/).first()).toBeVisible()
})

test('jingli generates the center manager’s own plan (V4) and confirms it', async ({ page }) => {
  await signIn(page, 'jingli')
  await page.goto('/plans')
  await page.getByLabel('本小区已成立业主委员会（每月拜访业委会主任）').check()
  await page.getByRole('button', { name: /^生成下月计划/ }).click()
  await expect(page).toHaveURL(/\/plans\/[a-z0-9]+$/)
  await status(page, '草稿')
  const list = page.getByTestId('plan-items')
  await expect(page.getByTestId('plan-item')).toHaveCount(4)
  for (const target of ['业委会主任', '重点关注住户', '社区居委会', '房管局物管科']) await expect(list).toContainText(target)
  // The key-attention visit names a household.
  await expect(page.getByTestId('plan-item').filter({ hasText: '重点关注住户' }).getByRole('link')).toHaveText(/^\d+-\d+-\d+$/)
  await page.getByRole('button', { name: '确认计划' }).click()
  await status(page, '已批准')
  await expect(page.getByTestId('plan-revision')).toHaveCount(1)
})

test('the seeded plans: approved visits for today on My day, the returned plan’s note; who may see what', async ({ browser }) => {
  const g1 = await (await browser.newContext(PHONE)).newPage()
  await signIn(g1, 'guanjia1')
  await expect(g1.getByTestId('planned-today').getByRole('link').first()).toBeVisible()
  await g1.goto('/plans')
  await g1.getByTestId('my-plans').getByRole('link').first().click()
  await status(g1, '已批准')
  await expect(g1.getByTestId('plan-summary')).toContainText('已完成')
  await expect(g1.getByRole('link', { name: '记录走访' }).first()).toBeVisible()
  await expectFitsPhone(g1)

  const g4 = await (await browser.newContext()).newPage()
  await signIn(g4, 'guanjia4')
  await g4.goto('/plans')
  await g4.getByTestId('my-plans').getByRole('link').first().click()
  await status(g4, '已退回')
  await expect(g4.getByTestId('review-note')).toContainText('外墙维修')

  // guanjia3's submitted plan: the supervisor reviews it; another housekeeper gets 404.
  const sup = await (await browser.newContext()).newPage()
  await signIn(sup, 'zhuguan')
  await sup.goto('/plans')
  // This month per housekeeper: guanjia1 and guanjia2 have approved plans, the others none yet.
  const rows = sup.getByTestId('coverage').getByTestId('coverage-row')
  await expect(rows).toHaveCount(5)
  await expect(rows.filter({ hasText: '王丽' })).toContainText('已批准')
  await expect(rows.filter({ hasText: '王丽' })).toContainText('V1 覆盖率')
  await expect(rows.filter({ hasText: '陈静' })).toContainText('未制定本月计划')
  await sup.getByTestId('plans-to-review').getByRole('link', { name: /张敏/ }).click()
  await expect(sup.getByRole('button', { name: '批准' })).toBeVisible()
  const foreign = new URL(sup.url()).pathname
  expect((await g1.goto(foreign))?.status()).toBe(404)

  for (const account of ['qiantai1', 'weixiu1', 'admin']) {
    const p = await (await browser.newContext()).newPage()
    await signIn(p, account)
    expect((await p.goto('/plans'))?.status(), account).toBe(403)
    expect((await p.goto(foreign))?.status(), account).toBe(403)
  }
})
