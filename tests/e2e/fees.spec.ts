// Fees end to end: a housekeeper on a phone reminds and records a promise; the supervisor compiles the month's list,
// classifies, sends a dunning letter and sees the lawyer's letter refused; the admin imports bills with a bad row.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { feeWorkbook, sheetRow } from '../fixtures/fees'
import { expectFitsPhone, PHONE, shanghaiDate } from '../fixtures/mobile'
import { signIn } from './helpers'

/** Ticks the F7 acknowledgement or confirmation when the household has an open complaint or repair. */
async function passGuard(page: Page, form: 'step-form' | 'promise-form') {
  const box = page.getByTestId(form).getByRole('checkbox')
  if (await box.count()) await box.check()
}

async function logStep(page: Page, kind: string, channel: string, outcome: string) {
  const form = page.getByTestId('step-form')
  await form.getByLabel('催缴步骤').selectOption(kind)
  await form.getByLabel(/^方式\*?$/).selectOption({ label: channel })
  await form.getByLabel(/^结果\*?$/).selectOption({ label: outcome })
  await passGuard(page, 'step-form')
  const history = page.getByTestId('dunning-history').locator('li')
  const before = await history.count()
  await form.getByRole('button', { name: /^记录 · / }).click()
  // The message of the previous step may still show: wait for the new entry in the history.
  await expect(history).toHaveCount(before + 1)
  await expect(form.getByRole('status')).toHaveText('已记录')
}

test.describe('a housekeeper on a phone', () => {
  test.use(PHONE)

  test('opens /fees, opens a household in arrears, logs an SMS reminder and records a promise with its follow-up date', async ({ page }) => {
    await signIn(page, 'guanjia1')
    await page.goto('/fees')
    await expect(page.getByRole('heading', { level: 1, name: '收费催缴' })).toBeVisible()
    const list = page.getByTestId('arrears-list')
    await expect(list.getByRole('link').first()).toBeVisible()
    // Area A only (the housekeeper's own area), no area filter offered.
    await expect(page.getByLabel('片区')).toHaveCount(0)
    await expectFitsPhone(page)

    const first = list.getByRole('link').first()
    const roomNo = (await first.locator('span.text-base').textContent())!.trim()
    await first.click()
    await expect(page).toHaveURL(/\/fees\/households\/[A-Za-z0-9]+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${roomNo} · 收费`)
    await expect(page.getByTestId('summary-overdue')).not.toHaveText('¥0.00')
    await expectFitsPhone(page)

    // F2: an individual SMS reminder.
    await logStep(page, 'reminder', '短信', '已联系上')
    await expect(page.getByTestId('dunning-history')).toContainText('逐户提醒')
    await expect(page.getByTestId('dunning-history')).toContainText('短信 · 已联系上 · 王丽')

    // F5: a promise three days ahead; its follow-up is due at the end of that day.
    const date = shanghaiDate(3)
    const form = page.getByTestId('promise-form')
    await form.getByLabel('承诺缴费日期').fill(date)
    await form.getByLabel('承诺金额（元）').fill('100')
    await form.getByLabel('联系方式').selectOption({ label: '电话' })
    await passGuard(page, 'promise-form')
    await form.getByRole('button', { name: '登记承诺' }).click()
    await expect(form.getByRole('status')).toHaveText(`已登记承诺，${date} 跟进`)
    const promises = page.getByTestId('promises')
    await expect(promises).toContainText(`承诺 ${date} 缴 ¥100.00`)
    await expect(promises).toContainText('待兑现')
    const [, m, d] = date.split('-').map(Number)
    await expect(promises.getByTestId('deadline')).toContainText(`F5 承诺跟进${m}月${d}日 23:59`)
    await expect(page.getByTestId('dunning-history')).toContainText('个别跟进')
    await expectFitsPhone(page)

    // It is in "promises due" and no longer in today's reminders.
    await page.goto('/fees?tab=promises')
    await expect(page.getByTestId('promise-list')).toContainText(roomNo)
    await expectFitsPhone(page)
    await page.goto('/fees?tab=reminders')
    await expect(page.getByTestId('reminder-round')).toBeVisible()
    await expect(page.getByTestId('reminder-list').getByRole('link', { name: new RegExp(`^${roomNo}`) })).toHaveCount(0)
    await expectFitsPhone(page)
  })
})

test('front desk has no access to fees (403)', async ({ page }) => {
  await signIn(page, 'qiantai1')
  const res = await page.goto('/fees')
  expect(res?.status()).toBe(403)
  const api = await page.request.get('/api/fees/arrears/export')
  expect(api.status()).toBe(403)
})

test('the supervisor compiles the list, classifies, sends a dunning letter (printable) and sees the lawyer letter refused', async ({ page }) => {
  await signIn(page, 'zhuguan')
  await page.goto('/fees')
  await page.getByRole('button', { name: '生成本月欠费名单' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '生成本月欠费名单' }).click()
  await expect(page.getByTestId('arrears-status').getByRole('status')).toContainText('欠费名单已生成：新增')
  await expect(page.getByTestId('arrears-status')).not.toContainText('尚未编入名单')

  // Area B, the worst household first.
  await page.getByLabel('片区').selectOption({ label: '二片区' })
  await page.getByRole('button', { name: '筛选' }).click()
  await expect(page).toHaveURL(/area=/)
  const first = page.getByTestId('arrears-list').getByRole('link').first()
  await expect(first).toContainText('负责：李强')
  await first.click()
  await expect(page).toHaveURL(/\/fees\/households\/[A-Za-z0-9]+$/)

  // F9: classify; the matching approach appears.
  const caseForm = page.getByTestId('case-form')
  await caseForm.getByLabel('欠费分类').selectOption({ label: '认为收费不合理' })
  await caseForm.getByRole('button', { name: '保存' }).click()
  await expect(caseForm.getByRole('status')).toHaveText('已保存')
  await expect(page.getByText('欠费分类：认为收费不合理')).toBeVisible()
  await page.getByText('催缴方法与话术：认为收费不合理').click()
  await expect(page.getByTestId('talk-hints')).toContainText('第八招')

  // F6 in order: reminder, personal follow-up, dunning letter.
  await logStep(page, 'reminder', '电话', '已联系上')
  await logStep(page, 'personal', '上门', '已联系上')
  await logStep(page, 'letter', '当面送达', '已签收')
  await expect(page.getByTestId('ladder-letter')).toContainText('已进行 1 次')
  await expect(page.getByText('F6 催费函静默期')).toBeVisible()

  // The lawyer's letter: refused with the reasons, and the form does not send it.
  const lawyer = page.getByTestId('ladder-lawyerLetter')
  await expect(lawyer).toContainText('暂不可进行')
  await expect(lawyer).toContainText(/F6 律师函需欠费满 3 个月且已发 2 份催费函（现为 \d+ 个月、1 份）/)
  await expect(lawyer).toContainText('F6 催费函发出后 7 天内不主动联系')
  await page.getByTestId('step-form').getByLabel('催缴步骤').selectOption('lawyerLetter')
  await expect(page.getByTestId('step-refused')).toContainText('律师函需欠费满 3 个月')
  await expect(page.getByTestId('step-form').getByRole('button', { name: /^记录 · 律师函/ })).toBeDisabled()

  // The printable letter with the arrears detail and the ways to pay.
  const roomNo = (await page.getByRole('heading', { level: 1 }).textContent())!.split(' · ')[0]!
  await page.getByRole('link', { name: '打印催费函' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '催费函' })).toBeVisible()
  const letter = page.getByTestId('dunning-letter')
  await expect(letter).toContainText(`尊敬的 ${roomNo} 业主`)
  await expect(letter).toContainText('发函日期')
  await expect(page.getByTestId('letter-arrears').locator('tbody tr')).not.toHaveCount(0)
  await expect(page.getByTestId('letter-ways-to-pay')).toContainText('银行转账')
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden()
  await expect(letter).toBeVisible()
})

test('the admin imports a bills workbook: the bad row is listed, all-or-nothing is refused, the good rows are imported', async ({ page }) => {
  const bytes = await feeWorkbook('bills', [
    sheetRow('bills', { 房号: '1-1-501', 账期: '2030-01', '应缴金额(元)': 250 }), // row 2
    sheetRow('bills', { 房号: '1-2-802', 账期: '2030-01', '应缴金额(元)': '300.50' }), // row 3
    sheetRow('bills', { 房号: '99-9-9999', 账期: '2030-01', '应缴金额(元)': 100 }), // row 4: no such room
  ])
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gjt-fees-')), '账单-e2e.xlsx')
  fs.writeFileSync(file, bytes)

  await signIn(page, 'admin')
  await page.goto('/fees/import')
  await expect(page.getByRole('heading', { level: 1, name: '导入账单和缴费' })).toBeVisible()
  const template = await page.request.get('/api/fees/template?kind=bills')
  expect(template.status()).toBe(200)
  expect(template.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('账单导入模板')}.xlsx`)

  await page.getByLabel('账单').check()
  await page.getByLabel('文件（.xlsx 或 .csv）').setInputFiles(file)
  await page.getByRole('button', { name: '检查文件' }).click()
  const issues = page.getByTestId('import-issues')
  await expect(issues.locator('tbody tr')).toHaveCount(1)
  await expect(issues.locator('tbody tr').first()).toContainText('4')
  await expect(issues.locator('tbody tr').first()).toContainText('房号')
  await expect(issues.locator('tbody tr').first()).toContainText('房号 99-9-9999 不存在')
  await expect(page.getByTestId('count-toCreate')).toHaveText('2')
  await expect(page.getByTestId('count-badRows')).toHaveText('1')

  await page.getByRole('button', { name: '全部导入（有错误则不导入）' }).click()
  await page.getByRole('dialog', { name: '全部导入（有错误则不导入）' }).getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '已取消「全部导入」' })).toContainText('没有写入任何数据')

  await page.getByRole('button', { name: '只导入正确的行' }).click()
  await page.getByRole('dialog', { name: '只导入正确的行' }).getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByTestId('written-created')).toHaveText('2')
  await expect(page.getByTestId('written-skipped')).toHaveText('1')
  await expect(page.getByRole('status')).toContainText('新增 2 条')
})
