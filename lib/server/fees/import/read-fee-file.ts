// An uploaded .xlsx or .csv → raw rows of the bill or payment sheet. Anything wrong with the file as a whole is one
// Chinese INVALID error (as in the household import, docs/decisions/0004).
import ExcelJS from 'exceljs'
import { AppError } from '@/lib/errors'
import { cellText } from '@/lib/server/households/import/cell-text'
import { normalizeHeader } from '@/lib/server/households/import/map-headers'
import { COLUMNS_OF, MAX_FEE_FILE_BYTES, MAX_FEE_ROWS, SHEET_NAME, type FeeColumnKey, type FeeImportKind } from './columns'
import { decodeText, parseCsv } from './parse-csv'
import type { FeeRawRow, FeeSheet } from './types'

const invalid = (message: string) => new AppError('INVALID', message)

function sniff(bytes: Uint8Array) {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls'
  return 'other'
}

function lookup(kind: FeeImportKind) {
  const m = new Map<string, FeeColumnKey>()
  for (const c of COLUMNS_OF[kind]) for (const h of [c.header, ...c.aliases]) m.set(normalizeHeader(h), c.key)
  return m
}

/** Turns a grid of text rows (1-based row numbers) into the sheet's raw rows, finding the header within the first 10 rows. */
export function rowsFromGrid(kind: FeeImportKind, sheetName: string, grid: Array<{ row: number; cells: string[] }>): FeeSheet {
  const map = lookup(kind)
  const columns = COLUMNS_OF[kind]
  const header = grid.slice(0, 10).find((r) => r.cells.filter((c) => map.has(normalizeHeader(c))).length >= 2)
  if (!header) throw invalid(`找不到表头：第 1 行应为 ${columns.map((c) => c.header).join('、')}。请使用导入模板`)
  const colOf = new Map<number, FeeColumnKey>()
  const headers: FeeSheet['headers'] = {}
  const ignored: string[] = []
  const dup: string[] = []
  header.cells.forEach((raw, i) => {
    const text = raw.trim()
    if (!text) return
    const key = map.get(normalizeHeader(text))
    if (!key) return void ignored.push(text)
    if (headers[key] !== undefined) return void dup.push(text)
    headers[key] = text
    colOf.set(i, key)
  })
  if (dup.length > 0) throw invalid(`表头中「${dup.join('」「')}」与其他列重复，请只保留一列`)
  const missing = columns.filter((c) => c.required && headers[c.key] === undefined)
  if (missing.length > 0) throw invalid(`缺少必需的列：${missing.map((c) => c.header).join('、')}。请使用导入模板`)
  const rows: FeeRawRow[] = []
  for (const r of grid) {
    if (r.row <= header.row) continue
    const cells: FeeRawRow['cells'] = {}
    let any = false
    for (const [i, key] of colOf) {
      const t = (r.cells[i] ?? '').trim()
      cells[key] = t
      if (t !== '') any = true
    }
    if (any) rows.push({ row: r.row, cells })
  }
  if (rows.length === 0) throw invalid(`没有数据行（表头在第 ${header.row} 行，请从下一行开始填写）`)
  if (rows.length > MAX_FEE_ROWS) throw invalid(`数据行太多（${rows.length} 行），一次最多导入 ${MAX_FEE_ROWS} 行；请拆分后分批导入`)
  return { kind, sheetName, headers, ignoredColumns: ignored, rows }
}

async function xlsxGrid(kind: FeeImportKind, bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0], {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
    })
  } catch {
    throw invalid('文件已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取')
  }
  const sheets = wb.worksheets.filter((s) => s.state !== 'veryHidden')
  const ws = sheets.find((s) => s.name.trim() === SHEET_NAME[kind]) ?? sheets.find((s) => s.name.trim() !== '说明')
  if (!ws) throw invalid(`工作簿中没有名为「${SHEET_NAME[kind]}」的工作表`)
  if (ws.actualRowCount > MAX_FEE_ROWS + 10) throw invalid(`数据行太多（约 ${ws.actualRowCount - 1} 行），一次最多导入 ${MAX_FEE_ROWS} 行；请拆分后分批导入`)
  const grid: Array<{ row: number; cells: string[] }> = []
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value)
    })
    grid.push({ row: rowNumber, cells: Array.from(cells, (v) => v ?? '') })
  })
  return { name: ws.name, grid }
}

export async function readFeeFile(kind: FeeImportKind, bytes: Uint8Array): Promise<FeeSheet> {
  if (bytes.length === 0) throw invalid('文件是空的，请选择要导入的文件（.xlsx 或 .csv）')
  if (bytes.length > MAX_FEE_FILE_BYTES) throw invalid(`文件太大（${(bytes.length / 1_000_000).toFixed(1)} MB），最大 5 MB；请拆分后分批导入`)
  const type = sniff(bytes)
  if (type === 'xls') throw invalid('这是旧版 Excel 文件（.xls），请在 Excel 中“另存为” .xlsx 后再导入')
  if (type === 'zip') {
    const { name, grid } = await xlsxGrid(kind, bytes)
    return rowsFromGrid(kind, name, grid)
  }
  const text = decodeText(bytes)
  if (text.includes('\u0000')) throw invalid('无法读取该文件：请上传 Excel 工作簿（.xlsx）或 CSV 文件')
  const rows = parseCsv(text)
  if (rows.length > MAX_FEE_ROWS + 10) throw invalid(`数据行太多（约 ${rows.length - 1} 行），一次最多导入 ${MAX_FEE_ROWS} 行；请拆分后分批导入`)
  return rowsFromGrid(kind, 'CSV', rows.map((cells, i) => ({ row: i + 1, cells })))
}
