// Excel import as admin, end to end: template download, a file with a bad row, all-or-nothing refused, good rows imported.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { row, workbookBytes } from '../fixtures/xlsx'
import { signIn } from './helpers'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function writeWorkbook(name: string) {
  const home = (c: Record<string, string | number>) => row({ 片区编码: 'A', 楼栋: '9', 单元: 1, 入住状态: '已入住', ...c })
  const bytes = await workbookBytes([
    home({ 房号: '101', '面积(㎡)': 88, 入住日期: '2024-03-01', 住户姓名: '端到端甲', 身份: '业主', 手机: '13700000101' }), // row 2
    home({ 房号: '102', 住户姓名: '端到端乙', 身份: '租户', 手机: '13700000102' }), // row 3
    home({ 房号: '103', 住户姓名: '端到端丙', 手机: '12345' }), // row 4: bad phone
  ])
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gjt-e2e-')), name)
  fs.writeFileSync(file, bytes)
  return file
}

async function confirmImport(page: import('@playwright/test').Page, button: string) {
  await page.getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog', { name: button })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '确认导入' }).click()
}

test('admin downloads the template, checks a file with a bad row, is refused all-or-nothing and imports the good rows', async ({ page }) => {
  await signIn(page, 'admin')
  await page.goto('/households/import')
  await expect(page.getByRole('heading', { level: 1, name: '导入住户' })).toBeVisible()

  // The template is a real .xlsx with a Chinese file name.
  const res = await page.request.get('/api/households/template')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe(XLSX)
  expect(res.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('住户导入模板')}.xlsx`)
  expect((await res.body()).subarray(0, 4).toString('hex')).toBe('504b0304')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载导入模板' }).click()])
  expect(download.suggestedFilename()).toBe('住户导入模板.xlsx')

  await page.getByLabel('Excel 文件（.xlsx）').setInputFiles(await writeWorkbook('住户-e2e.xlsx'))
  await page.getByRole('button', { name: '检查文件' }).click()
  const issues = page.getByTestId('import-issues')
  await expect(issues).toBeVisible()
  await expect(issues.locator('tbody tr')).toHaveCount(1)
  await expect(issues.locator('tbody tr').first()).toContainText('4')
  await expect(issues.locator('tbody tr').first()).toContainText('手机')
  await expect(issues.locator('tbody tr').first()).toContainText('手机号应为 11 位数字')
  await expect(page.getByTestId('count-householdsToCreate')).toHaveText('2')
  await expect(page.getByTestId('count-badRows')).toHaveText('1')

  // Phone width: only the bad-row table may scroll sideways.
  await page.setViewportSize({ width: 375, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await page.setViewportSize({ width: 1280, height: 800 })

  await confirmImport(page, '全部导入（有错误则不导入）')
  await expect(page.getByRole('alert').filter({ hasText: '没有写入任何数据' })).toBeVisible()
  await expect(page.getByTestId('import-issues')).toBeVisible()

  await confirmImport(page, '只导入正确的行')
  const result = page.getByTestId('import-result')
  await expect(result).toBeVisible()
  await expect(page.getByTestId('written-householdsCreated')).toHaveText('2')
  await expect(page.getByTestId('written-residentsAdded')).toHaveText('2')
  await expect(page.getByTestId('written-buildingsCreated')).toHaveText('1')
  await expect(page.getByTestId('written-skipped')).toHaveText('1')

  // Checking the same file again: nothing left to create.
  await page.getByRole('button', { name: '检查文件' }).click()
  await expect(page.getByTestId('import-result')).toBeHidden()
  await expect(page.getByTestId('count-householdsUnchanged')).toHaveText('2')
  await expect(page.getByTestId('count-householdsToCreate')).toHaveText('0')

  // The household list (owned by the registry pages) finds the imported home, when that page exists.
  const list = await page.goto('/households?q=9-1-101')
  if (list?.status() === 200) await expect(page.getByText('9-1-101').first()).toBeVisible()
})

for (const account of ['guanjia1', 'qiantai1']) {
  test(`${account} cannot open the import page or download the template or the export`, async ({ page }) => {
    await signIn(page, account)
    await page.goto('/households/import')
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
    expect((await page.request.get('/api/households/template')).status()).toBe(403)
    expect((await page.request.get('/api/households/export')).status()).toBe(403)
  })
}

test('the export is an .xlsx download for a supervisor', async ({ page }) => {
  await signIn(page, 'zhuguan')
  const res = await page.request.get('/api/households/export')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe(XLSX)
  expect(res.headers()['content-disposition']).toMatch(/filename\*=UTF-8''.+\.xlsx/)
  expect((await res.body()).subarray(0, 4).toString('hex')).toBe('504b0304')
})
