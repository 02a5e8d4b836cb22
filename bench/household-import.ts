// Household Excel import speed on a fresh SQLite file: dry run, import, re-import (no changes) and export.
// Run: npx tsx bench/household-import.ts [rows=2000]   (not part of the tests)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { prisma } from '../scripts/prisma-cli'

const ROWS = Number(process.argv[2] ?? 2000)
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gjt-bench-')), 'bench.db')
const url = `file:${file}`
prisma(['migrate', 'deploy'], url, true)
process.env.DATABASE_URL = url

const { db } = await import('../lib/db')
const { dryRunImport } = await import('../lib/server/households/import/dry-run-import')
const { commitImport } = await import('../lib/server/households/import/commit-import')
const { exportHouseholds } = await import('../lib/server/households/import/export-households')
const { row, xlsxFile } = await import('../tests/fixtures/xlsx')

const area = await db.area.create({ data: { code: 'A', name: '一片区' } })
const user = await db.user.create({ data: { username: 'bench-admin', name: '基准', role: 'admin', passwordHash: 'x' } })
const actor = { id: user.id, username: user.username, name: user.name, role: 'admin' as const, areaIds: [area.id] }

// ~2.5 residents per home, 4 buildings × 2 units × 30 floors × 4 doors per 960 homes.
const rows = []
for (let i = 0, home = 0; rows.length < ROWS; home++) {
  const building = String(1 + Math.floor(home / 240) % 40)
  const unit = 1 + (Math.floor(home / 120) % 2)
  const floor = 1 + (Math.floor(home / 4) % 30)
  const room = `${floor}${String((home % 4) + 1).padStart(2, '0')}`
  const residents = 1 + (home % 4 === 0 ? 0 : home % 3)
  for (let r = 0; r < residents && rows.length < ROWS; r++, i++) {
    rows.push(row({ 片区编码: 'A', 楼栋: building, 单元: unit, 房号: room, '面积(㎡)': 60 + (home % 100), 入住状态: '已入住', 入住日期: '2020-05-01', 重点关注: home % 30 === 0 ? '是' : '否', 住户姓名: `住户${home}-${r}`, 身份: r === 0 ? '业主' : '家属', 手机: `139${String(i).padStart(8, '0')}` }))
  }
}
const upload = await xlsxFile(rows)

async function time<T>(label: string, n: number, fn: () => Promise<T>) {
  const t0 = performance.now()
  const out = await fn()
  const ms = performance.now() - t0
  console.log(`${label.padEnd(34)} ${n} rows  ${ms.toFixed(0).padStart(6)} ms  ${Math.round((n / ms) * 1000).toString().padStart(7)} rows/s`)
  return out
}

console.log(`household import bench: ${ROWS} rows, ${(upload.bytes.length / 1024).toFixed(0)} KB xlsx, SQLite ${file}`)
const dry = await time('dry run (new data)', ROWS, () => dryRunImport({ actor, file: upload }))
console.log(`  → ${dry.counts.householdsToCreate} homes, ${dry.counts.residentsToAdd} residents, ${dry.counts.buildingsToCreate} buildings, ${dry.counts.badRows} bad rows`)
await time('import (all-or-nothing)', ROWS, () => commitImport({ actor, file: upload, mode: 'all' }))
await time('dry run (same file again)', ROWS, () => dryRunImport({ actor, file: upload }))
const again = await time('re-import (no changes)', ROWS, () => commitImport({ actor, file: upload, mode: 'all' }))
if (again.status !== 'imported' || again.written.householdsCreated + again.written.householdsUpdated + again.written.residentsAdded + again.written.residentsUpdated !== 0) throw new Error('re-import changed something')
const exported = await time('export', ROWS, () => exportHouseholds({ actor }))
console.log(`  audit rows: ${await db.auditLog.count()}, export ${exported.households} homes / ${exported.rows} rows`)

await db.$disconnect()
fs.rmSync(path.dirname(file), { recursive: true, force: true })
