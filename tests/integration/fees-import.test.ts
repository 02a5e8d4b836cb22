// F1: bill and payment import — dry run with every bad row, all-or-nothing writes nothing, good rows only, idempotent
// re-import (bills by household+period, payments by reference), allocation and promises, CSV, template, who may import.
import { beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { db } from '@/lib/db'
import { resolveSettings } from '@/lib/rules'
import { buildFeeTemplate } from '@/lib/server/fees/import/build-fee-template'
import { commitFeeImport, dryRunFeeImport } from '@/lib/server/fees/import/fee-import'
import { recordDunningStep } from '@/lib/server/fees/record-dunning-step'
import { recordPromise } from '@/lib/server/fees/record-promise'
import { makeTwoAreas, makeUser } from '../fixtures/factories'
import { csvFile, feeFile, feeWorkbook, resetFees, sheetRow } from '../fixtures/fees'

const settings = resolveSettings({})
const T = new Date('2026-11-25T02:00:00Z')

beforeEach(resetFees)

async function setup() {
  const areas = await makeTwoAreas()
  const admin = await makeUser('admin')
  return { ...areas, admin }
}

const bill = (c: Record<string, string | number | Date>) => sheetRow('bills', c)
const pay = (c: Record<string, string | number | Date>) => sheetRow('payments', c)

describe('bill import', () => {
  it('the dry run lists every bad row with column and Chinese reason and writes nothing; all-or-nothing is refused; good rows only imports the rest', async () => {
    const { h1, h2, admin } = await setup()
    const file = await feeFile('bills', [
      bill({ 房号: h1.roomNo, 账期: '2026-10', '应缴金额(元)': 250 }), // row 2
      bill({ 房号: h1.roomNo, 账期: '2026年11月', '应缴金额(元)': '250.50', 缴费截止日: '2026/11/20' }), // row 3
      bill({ 房号: '99-9-999', 账期: '2026-11', '应缴金额(元)': 100 }), // row 4: unknown room
      bill({ 房号: h2.roomNo, 账期: '十一月', '应缴金额(元)': 100 }), // row 5: bad period
      bill({ 房号: h2.roomNo, 账期: '2026-11', '应缴金额(元)': -5 }), // row 6: negative
      bill({ 房号: h1.roomNo, 账期: '2026-10', '应缴金额(元)': 260 }), // row 7: repeats row 2
      bill({ 房号: h2.roomNo, 账期: new Date(Date.UTC(2026, 10, 1)), '应缴金额(元)': 300 }), // row 8: a date cell as period
    ])
    const report = await dryRunFeeImport({ actor: admin.actor, kind: 'bills', file, now: T, settings })
    expect(report.counts).toMatchObject({ rows: 7, badRows: 4, goodRows: 3, toCreate: 3, toUpdate: 0, unchanged: 0, households: 2 })
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([
      [4, '房号'],
      [5, '账期'],
      [6, '应缴金额(元)'],
      [7, '账期'],
    ])
    expect(report.issues[0]!.reason).toContain('房号 99-9-999 不存在')
    expect(report.issues[1]!.reason).toContain('账期应为 年-月')
    expect(report.issues[2]!.reason).toContain('负数')
    expect(report.issues[3]!.reason).toContain('与第 2 行重复')
    expect(await db.bill.count()).toBe(0)

    const refused = await commitFeeImport({ actor: admin.actor, kind: 'bills', file, mode: 'all', expectedHash: report.hash, now: T, settings })
    expect(refused.status).toBe('refused')
    expect(await db.bill.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)

    const done = await commitFeeImport({ actor: admin.actor, kind: 'bills', file, mode: 'goodOnly', expectedHash: report.hash, now: T, settings })
    expect(done.status).toBe('imported')
    if (done.status !== 'imported') return
    expect(done.written).toMatchObject({ created: 3, updated: 0, households: 2 })
    const bills = await db.bill.findMany({ orderBy: [{ householdId: 'asc' }, { period: 'asc' }], select: { householdId: true, period: true, amountCents: true, dueDate: true, paidCents: true } })
    expect(bills).toEqual(
      expect.arrayContaining([
        { householdId: h1.id, period: '2026-10', amountCents: 25_000, dueDate: '2026-10-15', paidCents: 0 },
        { householdId: h1.id, period: '2026-11', amountCents: 25_050, dueDate: '2026-11-20', paidCents: 0 },
        { householdId: h2.id, period: '2026-11', amountCents: 30_000, dueDate: '2026-11-15', paidCents: 0 },
      ]),
    )
    expect(await db.auditLog.count({ where: { entity: 'Bill', action: 'import.create' } })).toBe(3)
  })

  it('re-importing the same file changes nothing; a changed amount updates that bill only (audited)', async () => {
    const { h1, h2, admin } = await setup()
    const rows = [bill({ 房号: h1.roomNo, 账期: '2026-11', '应缴金额(元)': 250 }), bill({ 房号: h2.roomNo, 账期: '2026-11', '应缴金额(元)': 300 })]
    const file = await feeFile('bills', rows)
    await commitFeeImport({ actor: admin.actor, kind: 'bills', file, mode: 'all', now: T, settings })
    const audits = await db.auditLog.count()
    const again = await commitFeeImport({ actor: admin.actor, kind: 'bills', file, mode: 'all', now: T, settings })
    expect(again.report.counts).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 2 })
    expect(again.status === 'imported' && again.written).toMatchObject({ created: 0, updated: 0 })
    expect(await db.bill.count()).toBe(2)
    expect(await db.auditLog.count()).toBe(audits)
    const changed = await feeFile('bills', [rows[0]!, bill({ 房号: h2.roomNo, 账期: '2026-11', '应缴金额(元)': 320 })])
    const r = await commitFeeImport({ actor: admin.actor, kind: 'bills', file: changed, mode: 'all', now: T, settings })
    expect(r.report.counts).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 1 })
    const b = await db.bill.findFirstOrThrow({ where: { householdId: h2.id } })
    expect(b).toMatchObject({ amountCents: 32_000, version: 2 })
    const log = await db.auditLog.findFirstOrThrow({ where: { entity: 'Bill', entityId: b.id, action: 'import.update' } })
    expect(log.before).toMatchObject({ amountCents: 30_000 })
  })

  it('reads a UTF-8 CSV with quoted fields and a BOM; refuses a file that differs from the checked one; file-level errors are one message', async () => {
    const { h1, admin } = await setup()
    const csv = csvFile(`房号,账期,应缴金额(元),备注\n${h1.roomNo},2026-11,"1,250.00","含""车位""费"\n`, 'bills.csv', 'bom')
    const report = await dryRunFeeImport({ actor: admin.actor, kind: 'bills', file: csv, now: T, settings })
    expect(report.counts).toMatchObject({ rows: 1, badRows: 0, toCreate: 1 })
    expect(report.ignoredColumns).toEqual(['备注'])
    const other = csvFile(`房号,账期,应缴金额(元)\n${h1.roomNo},2026-10,10\n`)
    expect((await commitFeeImport({ actor: admin.actor, kind: 'bills', file: other, mode: 'all', expectedHash: report.hash, now: T, settings }).catch((e) => e)).message).toContain('与检查时的文件不同')
    await commitFeeImport({ actor: admin.actor, kind: 'bills', file: csv, mode: 'all', expectedHash: report.hash, now: T, settings })
    expect((await db.bill.findFirstOrThrow({ where: { householdId: h1.id } })).amountCents).toBe(125_000)
    const noHeader = await feeWorkbook('bills', [[h1.roomNo, '2026-11', 10]], { header: ['房号', '金额'] })
    expect((await dryRunFeeImport({ actor: admin.actor, kind: 'bills', file: { name: 'x.xlsx', bytes: noHeader }, now: T, settings }).catch((e) => e)).message).toContain('缺少必需的列：账期')
    expect((await dryRunFeeImport({ actor: admin.actor, kind: 'bills', file: { name: 'x.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]) }, now: T, settings }).catch((e) => e)).message).toContain('.xls')
  })

  it('the template’s example rows are reported as bad rather than imported', async () => {
    const { admin } = await setup()
    const bytes = await buildFeeTemplate('bills')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0])
    expect(wb.worksheets.map((w) => w.name)).toEqual(['账单', '说明'])
    const report = await dryRunFeeImport({ actor: admin.actor, kind: 'bills', file: { name: 't.xlsx', bytes }, now: T, settings })
    expect(report.counts).toMatchObject({ rows: 2, badRows: 2, toCreate: 0 })
  })
})

describe('payment import', () => {
  it('allocates to the oldest bills, keeps promises, is idempotent by reference, and reports a reused reference with other content', async () => {
    const { h1, h2, hk, admin } = await setup()
    await db.bill.createMany({ data: ['2026-09', '2026-10', '2026-11'].map((period) => ({ householdId: h1.id, period, amountCents: 10_000, dueDate: `${period}-15` })) })
    await recordDunningStep({ actor: hk.actor, householdId: h1.id, input: { kind: 'reminder', channel: 'phone', outcome: 'reached' }, now: T, settings })
    const promise = await recordPromise({ actor: hk.actor, householdId: h1.id, input: { promisedDate: '2026-11-30', amount: '150', channel: 'phone' }, now: T, settings })
    const rows = [
      pay({ 缴费流水号: 'SF-001', 房号: h1.roomNo, '缴费金额(元)': 100, 缴费日期: '2026-11-25', 缴费方式: '微信支付' }), // row 2
      pay({ 缴费流水号: 'SF-002', 房号: h1.roomNo, '缴费金额(元)': '50.00', 缴费日期: new Date(Date.UTC(2026, 10, 25)) }), // row 3
      pay({ 缴费流水号: 'SF-003', 房号: h2.roomNo, '缴费金额(元)': 80, 缴费日期: '2026-11-30' }), // row 4: future
      pay({ 缴费流水号: 'SF-001', 房号: h2.roomNo, '缴费金额(元)': 80, 缴费日期: '2026-11-20' }), // row 5: repeated reference
    ]
    const file = await feeFile('payments', rows)
    const report = await dryRunFeeImport({ actor: admin.actor, kind: 'payments', file, now: T, settings })
    expect(report.issues.map((i) => [i.row, i.column])).toEqual([
      [4, '缴费日期'],
      [5, '缴费流水号'],
    ])
    expect((await commitFeeImport({ actor: admin.actor, kind: 'payments', file, mode: 'all', now: T, settings })).status).toBe('refused')
    expect(await db.payment.count()).toBe(0)
    const r = await commitFeeImport({ actor: admin.actor, kind: 'payments', file, mode: 'goodOnly', now: T, settings })
    expect(r.status === 'imported' && r.written).toMatchObject({ created: 2, households: 1, promisesKept: 1 })
    const paid = Object.fromEntries((await db.bill.findMany({ where: { householdId: h1.id } })).map((b) => [b.period, b.paidCents]))
    expect(paid).toEqual({ '2026-09': 10_000, '2026-10': 5_000, '2026-11': 0 })
    expect((await db.payment.findUniqueOrThrow({ where: { externalRef: 'SF-001' } })).method).toBe('微信')
    expect((await db.payment.findUniqueOrThrow({ where: { externalRef: 'SF-002' } })).method).toBe('其他')
    expect((await db.paymentPromise.findUniqueOrThrow({ where: { id: promise.id } })).status).toBe('kept')
    // The same good rows again: nothing new.
    const goodOnly = await feeFile('payments', rows.slice(0, 2))
    const again = await commitFeeImport({ actor: admin.actor, kind: 'payments', file: goodOnly, mode: 'all', now: T, settings })
    expect(again.report.counts).toMatchObject({ toCreate: 0, unchanged: 2, badRows: 0 })
    expect(await db.payment.count()).toBe(2)
    // A reference already imported with another amount is a bad row.
    const changed = await feeFile('payments', [pay({ 缴费流水号: 'SF-001', 房号: h1.roomNo, '缴费金额(元)': 120, 缴费日期: '2026-11-25' })])
    const bad = await dryRunFeeImport({ actor: admin.actor, kind: 'payments', file: changed, now: T, settings })
    expect(bad.issues[0]!.reason).toContain('已导入过')
  })
})

describe('who may import', () => {
  it('admin and supervisor; housekeepers, managers, front desk and technicians are refused', async () => {
    const { h1 } = await setup()
    const file = await feeFile('bills', [bill({ 房号: h1.roomNo, 账期: '2026-11', '应缴金额(元)': 1 })])
    const sup = await makeUser('supervisor')
    expect((await dryRunFeeImport({ actor: sup.actor, kind: 'bills', file, now: T, settings })).counts.toCreate).toBe(1)
    for (const role of ['housekeeper', 'centerManager', 'frontDesk', 'technician'] as const) {
      const u = await makeUser(role)
      expect((await dryRunFeeImport({ actor: u.actor, kind: 'bills', file, now: T, settings }).catch((e) => e)).code).toBe('FORBIDDEN')
      expect((await commitFeeImport({ actor: u.actor, kind: 'bills', file, mode: 'goodOnly', now: T, settings }).catch((e) => e)).code).toBe('FORBIDDEN')
    }
    expect(await db.bill.count()).toBe(0)
  })
})
