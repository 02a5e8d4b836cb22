// The uploaded .xlsx → raw rows of the 住户 sheet. Anything wrong with the file as a whole is one Chinese INVALID error.
import ExcelJS from 'exceljs'
import { AppError } from '@/lib/errors'
import { COLUMN_BY_KEY, MAX_FILE_BYTES, MAX_ROWS, SHEET_NAME } from './columns'
import { cellText } from './cell-text'
import { knownHeaderCount, mapHeaders } from './map-headers'
import type { RawRow, SheetRows } from './types'

const invalid = (message: string) => new AppError('INVALID', message)

function sniff(bytes: Uint8Array) {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls'
  return 'other'
}

function rowTexts(row: ExcelJS.Row): string[] {
  const out: string[] = []
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    out[col - 1] = cellText(cell.value)
  })
  return Array.from(out, (v) => v ?? '')
}

export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows> {
  if (bytes.length === 0) throw invalid('文件是空的，请选择要导入的 Excel 文件（.xlsx）')
  if (bytes.length > MAX_FILE_BYTES) throw invalid(`文件太大（${(bytes.length / 1_000_000).toFixed(1)} MB），最大 5 MB；请拆分后分批导入`)
  const kind = sniff(bytes)
  if (kind === 'xls') throw invalid('这是旧版 Excel 文件（.xls），请在 Excel 中“另存为” .xlsx 后再导入')
  if (kind !== 'zip') throw invalid('无法读取该文件：请上传 Excel 工作簿（.xlsx）；CSV 等文件请先在 Excel 中另存为 .xlsx')

  const wb = new ExcelJS.Workbook()
  try {
    // Data validations and conditional formats are not needed, and a whole-column validation would expand to a million cells.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0], {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
    })
  } catch {
    throw invalid('文件已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取')
  }
  const sheets = wb.worksheets.filter((s) => s.state !== 'veryHidden')
  const ws = sheets.find((s) => s.name.trim() === SHEET_NAME) ?? sheets.find((s) => s.name.trim() !== '说明')
  if (!ws) throw invalid(`工作簿中没有名为「${SHEET_NAME}」的工作表`)
  if (ws.actualRowCount > MAX_ROWS + 10) throw invalid(`数据行太多（约 ${ws.actualRowCount - 1} 行），一次最多导入 ${MAX_ROWS} 行；请拆分后分批导入`)

  // The header row is the first of the first 10 rows that names at least three known columns (a title row above it is fine).
  let headerRow = 0
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    if (knownHeaderCount(rowTexts(ws.getRow(r))) >= 3) {
      headerRow = r
      break
    }
  }
  if (headerRow === 0) throw invalid(`工作表「${ws.name}」的第 1 行不是表头：请使用导入模板（第 1 行为 片区编码、楼栋、单元、房号…）`)
  const map = mapHeaders(rowTexts(ws.getRow(headerRow)))
  if (map.duplicates.length > 0) throw invalid(`表头中「${map.duplicates.map((d) => d.header).join('」「')}」与其他列重复，请只保留一列`)
  if (map.missing.length > 0) throw invalid(`缺少必需的列：${map.missing.map((k) => COLUMN_BY_KEY[k].header).join('、')}。请使用导入模板`)

  const rows: RawRow[] = []
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return
    const cells: RawRow['cells'] = {}
    let any = false
    for (const [col, key] of map.columns) {
      const text = cellText(row.getCell(col).value)
      cells[key] = text
      if (text !== '') any = true
    }
    if (any) rows.push({ row: rowNumber, cells })
  })
  if (rows.length === 0) throw invalid(`工作表「${ws.name}」中没有数据行（表头在第 ${headerRow} 行，请从下一行开始填写）`)
  if (rows.length > MAX_ROWS) throw invalid(`数据行太多（${rows.length} 行），一次最多导入 ${MAX_ROWS} 行；请拆分后分批导入`)
  // Columns the file lacks stay absent from `cells`: the validation treats them as empty.
  return { sheetName: ws.name, headers: map.headers, ignoredColumns: map.ignored, rows }
}
