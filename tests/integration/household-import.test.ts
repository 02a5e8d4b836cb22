// Excel import of buildings/households/residents on a real database (issue 5): the dry run reports every bad row,
// all-or-nothing writes nothing while a row is bad, only-good-rows skips them, re-imports and export round trips change nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { Actor } from '@/lib/auth/actor'
import { commitImport } from '@/lib/server/households/import/commit-import'
import { dryRunImport } from '@/lib/server/households/import/dry-run-import'
import { exportHouseholds } from '@/lib/server/households/import/export-households'
import { buildTemplate } from '@/lib/server/households/import/build-template'
import { makeArea, makeBuilding, makeUser } from '../fixtures/factories'
import { HEADER, readSheets, row, workbookBytes, xlsxFile } from '../fixtures/xlsx'

let admin: Actor
let supervisor: Actor

async function counts() {
  const [households, residents, buildings, audits] = await Promise.all([db.household.count(), db.resident.count(), db.building.count(), db.auditLog.count()])
  return { households, residents, buildings, audits }
}

const home = (c: Record<string, string | number | Date | null>) => row({ 片区编码: 'A', 楼栋: '1', 单元: 1, 入住状态: '已入住', ...c })

/** Good and bad rows; the comments give each row's Excel row number. */
function mixedRows() {
  return [
    home({ 房号: '201', '面积(㎡)': 98, 入住日期: '2020-05-01', 重点关注: '否', 住户姓名: '王五', 身份: '业主', 手机: '13800000011' }), // 2 good (new home)
    home({ 房号: '201', 住户姓名: '赵六', 身份: '家属', 手机: '13800000012' }), // 3 good (same home, second resident)
    home({ 房号: '301', 住户姓名: '孙七', 手机: '12345' }), // 4 bad phone
    home({ 片区编码: 'Z', 楼栋: '2', 房号: '101', 住户姓名: '周八' }), // 5 unknown area
    home({ 楼栋: '5', 房号: '101', 住户姓名: '吴九' }), // 6 building 5 belongs to area B
    home({ 房号: '201', 入住状态: '未入住', 住户姓名: '郑十' }), // 7 conflicts with row 2
    home({ 房号: '201', 住户姓名: '王五', 身份: '业主', 手机: '13800000011' }), // 8 duplicate of row 2
    home({ 楼栋: '2', 房号: '102', 入住日期: new Date(Date.UTC(2021, 2, 15)), 住户姓名: '冯一', 身份: '租户', 手机: '021-12345678' }), // 9 good (new building 2)
    row({}), // 10 empty: skipped
    home({ 房号: '101', 住户姓名: '张三', 手机: '13900000001' }), // 11 good: existing resident, new phone
    home({ 单元: 100, 房号: '1201', 入住状态: '已入住' }), // 12 bad unit
  ]
}

const EXPECTED_ISSUES = [
  { row: 4, column: '手机', reason: '手机号应为 11 位数字，座机如 021-12345678' },
  { row: 5, column: '片区编码', reason: '片区编码「Z」不存在（片区由管理员在系统管理中维护）' },
  { row: 6, column: '楼栋', reason: '楼栋 5 属于片区「B」，不能导入到片区「A」' },
  { row: 7, column: '入住状态', reason: '同一房号 1-1-201 在第 2 行的入住状态是「已入住」，这里是「未入住」，请改成一致' },
  { row: 8, column: '住户姓名', reason: '与第 2 行重复：房号 1-1-201 的住户「王五」出现了两次' },
  { row: 12, column: '单元', reason: '单元应为 1–99 的整数' },
]

beforeAll(async () => {
  const a = await makeArea('A')
  const b = await makeArea('B')
  const b1 = await makeBuilding(a.id, '1')
  await makeBuilding(b.id, '5')
  await db.household.create({
    data: { roomNo: '1-1-101', buildingId: b1.id, unit: 1, floor: 1, room: '101', occupancy: 'occupied', residents: { create: [{ name: '张三', kind: 'owner', phone: '13800000001', isPrimary: true }] } },
  })
  admin = (await makeUser('admin')).actor
  supervisor = (await makeUser('supervisor')).actor
})

describe('household import (dry run, all-or-nothing, only good rows, idempotent)', () => {
  it('the dry run lists exactly the bad rows (row, column, reason) and writes nothing', async () => {
    const before = await counts()
    const report = await dryRunImport({ actor: admin, file: await xlsxFile(mixedRows()) })
    expect(report.issues).toEqual(EXPECTED_ISSUES)
    expect(report.counts).toEqual({
      rows: 10,
      goodRows: 4,
      badRows: 6,
      households: 3,
      householdsToCreate: 2,
      householdsToUpdate: 1,
      householdsUnchanged: 0,
      residentsToAdd: 3,
      residentsToUpdate: 1,
      buildingsToCreate: 1,
    })
    expect(report.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await counts()).toEqual(before)
  })

  it('all-or-nothing with bad rows is refused and writes nothing (households, residents, buildings, audit)', async () => {
    const before = await counts()
    const r = await commitImport({ actor: supervisor, file: await xlsxFile(mixedRows()), mode: 'all' })
    expect(r.status).toBe('refused')
    expect(r.report.issues).toEqual(EXPECTED_ISSUES)
    expect(await counts()).toEqual(before)
    expect(await db.household.findUnique({ where: { roomNo: '1-1-201' } })).toBeNull()
  })

  it('only good rows writes the good ones, skips the bad ones and audits every change', async () => {
    const before = await counts()
    const file = await xlsxFile(mixedRows())
    const dry = await dryRunImport({ actor: admin, file })
    const r = await commitImport({ actor: admin, file, mode: 'goodOnly', expectedHash: dry.hash })
    expect(r.status).toBe('imported')
    if (r.status !== 'imported') return
    expect(r.written).toEqual({ buildingsCreated: 1, householdsCreated: 2, householdsUpdated: 1, residentsAdded: 3, residentsUpdated: 1 })
    const after = await counts()
    expect(after.households - before.households).toBe(2)
    expect(after.residents - before.residents).toBe(3)
    expect(after.buildings - before.buildings).toBe(1)
    // 1 building + 2 homes + 3 residents created, 1 resident updated.
    expect(after.audits - before.audits).toBe(7)

    const h201 = await db.household.findUniqueOrThrow({ where: { roomNo: '1-1-201' }, include: { residents: { orderBy: { createdAt: 'asc' } } } })
    expect(h201).toMatchObject({ unit: 1, floor: 2, room: '201', areaM2: 98, occupancy: 'occupied', moveInDate: '2020-05-01', keyAttention: false })
    expect(h201.residents.map((x) => [x.name, x.kind, x.phone, x.isPrimary]).sort()).toEqual([
      ['王五', 'owner', '13800000011', true],
      ['赵六', 'family', '13800000012', false],
    ])
    const h102 = await db.household.findUniqueOrThrow({ where: { roomNo: '2-1-102' }, include: { building: { include: { area: true } }, residents: true } })
    expect(h102.building).toMatchObject({ number: '2', name: '2号楼' })
    expect(h102.building.area.code).toBe('A')
    expect(h102.moveInDate).toBe('2021-03-15')
    expect(h102.residents[0]).toMatchObject({ name: '冯一', kind: 'tenant', phone: '021-12345678' })
    for (const bad of ['1-1-301', '2-1-101', '5-1-101', '1-100-1201']) expect(await db.household.findUnique({ where: { roomNo: bad } })).toBeNull()
    expect(await db.resident.findFirst({ where: { name: '郑十' } })).toBeNull()

    const zhang = await db.resident.findFirstOrThrow({ where: { name: '张三' } })
    expect(zhang.phone).toBe('13900000001')
    expect(zhang.version).toBe(2)
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: 'Resident', entityId: zhang.id } })
    expect(audit).toMatchObject({ actorId: admin.id, action: 'import.update', before: { roomNo: '1-1-101', name: '张三', phone: '13800000001' }, after: { roomNo: '1-1-101', name: '张三', phone: '13900000001' } })
    expect(await db.auditLog.count({ where: { entity: 'Household', entityId: h201.id, action: 'import.create', actorId: admin.id } })).toBe(1)
  })

  it('re-importing the same file changes nothing: 0 created, 0 updated, no new audit rows', async () => {
    const before = await counts()
    const file = await xlsxFile(mixedRows())
    const dry = await dryRunImport({ actor: admin, file })
    expect(dry.counts).toMatchObject({ householdsToCreate: 0, householdsToUpdate: 0, householdsUnchanged: 3, residentsToAdd: 0, residentsToUpdate: 0, buildingsToCreate: 0 })
    const r = await commitImport({ actor: admin, file, mode: 'goodOnly' })
    expect(r.status === 'imported' && r.written).toEqual({ buildingsCreated: 0, householdsCreated: 0, householdsUpdated: 0, residentsAdded: 0, residentsUpdated: 0 })
    expect(await counts()).toEqual(before)
  })

  it('all-or-nothing writes a clean file completely, and residents absent from the file are kept', async () => {
    const before = await counts()
    const file = await xlsxFile([
      home({ 楼栋: '3', 房号: '1201', '面积(㎡)': 120, 重点关注: '是', 住户姓名: '陈一', 手机: '13700000001', 备注: '独居老人' }),
      home({ 楼栋: '3', 房号: '1202', 入住状态: '未入住' }),
      home({ 房号: '101', 住户姓名: '李新', 身份: '租户' }),
    ])
    const r = await commitImport({ actor: admin, file, mode: 'all' })
    expect(r.status).toBe('imported')
    expect(r.status === 'imported' && r.written).toEqual({ buildingsCreated: 1, householdsCreated: 2, householdsUpdated: 1, residentsAdded: 2, residentsUpdated: 0 })
    expect(await db.household.findUniqueOrThrow({ where: { roomNo: '3-1-1201' } })).toMatchObject({ keyAttention: true, note: '独居老人', areaM2: 120 })
    const empty = await db.household.findUniqueOrThrow({ where: { roomNo: '3-1-1202' }, include: { residents: true } })
    expect(empty).toMatchObject({ occupancy: 'notMovedIn', residents: [] })
    // 1-1-101 keeps 张三 (not in this file) and gains 李新.
    expect((await db.resident.findMany({ where: { household: { roomNo: '1-1-101' } }, orderBy: { createdAt: 'asc' } })).map((x) => x.name)).toEqual(['张三', '李新'])
    expect((await counts()).audits - before.audits).toBe(1 + 2 + 2)
  })

  it('export → import changes nothing (round trip), including empty homes, key-attention flags and notes', async () => {
    const exported = await exportHouseholds({ actor: supervisor })
    const sheets = await readSheets(exported.bytes)
    expect(sheets['住户']?.[0]).toEqual(HEADER)
    expect(exported.households).toBe(await db.household.count())
    const before = await counts()
    const file = { name: '导出.xlsx', bytes: exported.bytes }
    const dry = await dryRunImport({ actor: admin, file })
    expect(dry.issues).toEqual([])
    expect(dry.counts).toMatchObject({ householdsToCreate: 0, householdsToUpdate: 0, residentsToAdd: 0, residentsToUpdate: 0, buildingsToCreate: 0, householdsUnchanged: exported.households })
    const r = await commitImport({ actor: admin, file, mode: 'all' })
    expect(r.status).toBe('imported')
    expect(await counts()).toEqual(before)
  })

  it('the template has the headers, a 说明 sheet and two example rows that are reported, not imported', async () => {
    const bytes = await buildTemplate({ areas: [{ code: 'A', name: '片区A' }] })
    const sheets = await readSheets(bytes)
    expect(sheets['住户']?.[0]).toEqual(HEADER)
    expect(sheets['住户']).toHaveLength(3)
    expect(sheets['说明']?.map((r) => r[0])).toEqual(expect.arrayContaining(HEADER))
    const dry = await dryRunImport({ actor: admin, file: { name: '模板.xlsx', bytes } })
    expect(dry.issues).toEqual([
      { row: 2, column: '备注', reason: '这是模板中的示例行，请删除后再导入' },
      { row: 3, column: '备注', reason: '这是模板中的示例行，请删除后再导入' },
    ])
  })
})

describe('who may import and what the file must be', () => {
  it('a housekeeper or front desk actor gets FORBIDDEN for the dry run, the import and the export', async () => {
    const a = await db.area.findUniqueOrThrow({ where: { code: 'A' } })
    for (const role of ['housekeeper', 'frontDesk', 'centerManager', 'technician'] as const) {
      const { actor } = await makeUser(role, { areaIds: [a.id] })
      const file = await xlsxFile([home({ 房号: '901', 住户姓名: '越权' })])
      await expect(dryRunImport({ actor, file })).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(commitImport({ actor, file, mode: 'goodOnly' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(exportHouseholds({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(await db.household.findUnique({ where: { roomNo: '1-1-901' } })).toBeNull()
  })

  it('a corrupt file gets one Chinese file-level error', async () => {
    const good = await workbookBytes([home({ 房号: '902', 住户姓名: '甲' })])
    const corrupt = good.slice(0, Math.floor(good.length / 2))
    await expect(dryRunImport({ actor: admin, file: { name: 'x.xlsx', bytes: corrupt } })).rejects.toMatchObject({ code: 'INVALID', message: '文件已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取' })
    await expect(commitImport({ actor: admin, file: { name: 'x.xlsx', bytes: corrupt }, mode: 'goodOnly' })).rejects.toMatchObject({ code: 'INVALID' })
    const csv = new TextEncoder().encode('片区编码,楼栋\nA,1\n')
    await expect(dryRunImport({ actor: admin, file: { name: 'x.csv', bytes: csv } })).rejects.toMatchObject({ message: expect.stringContaining('请上传 Excel 工作簿（.xlsx）') })
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    await expect(dryRunImport({ actor: admin, file: { name: 'x.xls', bytes: xls } })).rejects.toMatchObject({ message: expect.stringContaining('.xls') })
  })

  it('a missing required column, no data rows or too many rows are file-level errors', async () => {
    const noRoom = await xlsxFile([['A', '1', 1, '已入住', '甲']], { header: ['片区编码', '楼栋', '单元', '入住状态', '住户姓名'] })
    await expect(dryRunImport({ actor: admin, file: noRoom })).rejects.toMatchObject({ code: 'INVALID', message: '缺少必需的列：房号。请使用导入模板' })
    await expect(dryRunImport({ actor: admin, file: await xlsxFile([]) })).rejects.toMatchObject({ message: expect.stringContaining('没有数据行') })
    const many = Array.from({ length: 20_001 }, (_, i) => home({ 房号: String(101 + (i % 50)), 住户姓名: `人${i}` }))
    await expect(dryRunImport({ actor: admin, file: await xlsxFile(many) })).rejects.toMatchObject({ message: expect.stringContaining('最多导入 20000 行') })
  })

  it('header variants, a title row above the header, extra columns and other sheets are accepted', async () => {
    const file = await xlsxFile([['A', '1号楼', '1单元', '1501', '已入住', '钱二', '138 0000 0021', '车位 12']], {
      header: [' 片区编码* ', '楼号', '单元号', '房间号', '状态', '姓名', '联系电话', '车位'],
      extraSheets: ['封面'],
      sheetName: '住户',
    })
    const dry = await dryRunImport({ actor: admin, file })
    expect(dry.issues).toEqual([])
    expect(dry.ignoredColumns).toEqual(['车位'])
    expect(dry.counts).toMatchObject({ householdsToCreate: 1, residentsToAdd: 1 })
  })

  it('the import must send the same file that was checked', async () => {
    const checked = await dryRunImport({ actor: admin, file: await xlsxFile([home({ 房号: '903', 住户姓名: '乙' })]) })
    const other = await xlsxFile([home({ 房号: '904', 住户姓名: '丙' })])
    await expect(commitImport({ actor: admin, file: other, mode: 'all', expectedHash: checked.hash })).rejects.toMatchObject({ code: 'INVALID', message: '所选文件与检查时的文件不同，请先重新检查再导入' })
    expect(await db.household.findUnique({ where: { roomNo: '1-1-904' } })).toBeNull()
  })
})
