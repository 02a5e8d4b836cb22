// The 住户 sheet as the template and the export write it: headers in order, text columns kept as text, dropdowns.
import type ExcelJS from 'exceljs'
import { COLUMNS, KIND_LABEL, MAX_ROWS, NO, OCCUPANCY_LABEL, SHEET_NAME, YES } from './columns'

export type SheetValue = string | number | null

const LISTS: Partial<Record<string, string[]>> = {
  occupancy: Object.values(OCCUPANCY_LABEL),
  keyAttention: [YES, NO],
  kind: Object.values(KIND_LABEL),
}

function colLetter(n: number) {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Adds the 住户 sheet with `rows` (values in COLUMNS order). */
export function addHouseholdSheet(wb: ExcelJS.Workbook, rows: SheetValue[][]) {
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.text ? { numFmt: '@' } : {} }))
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F3EF' } }
  COLUMNS.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFB42318' } }
  })
  for (const r of rows) ws.addRow(r)
  // Dropdowns for the fixed choices, a little past the data so new rows get them too.
  const last = Math.min(MAX_ROWS + 1, Math.max(1000, rows.length + 200))
  COLUMNS.forEach((c, i) => {
    const list = LISTS[c.key]
    if (!list) return
    const col = colLetter(i + 1)
    // exceljs 4 has worksheet.dataValidations but its typings lack it.
    ;(ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}2:${col}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: `请从列表中选择：${list.join(' / ')}`,
    })
  })
  return ws
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer()
  return new Uint8Array(out as ArrayBuffer)
}
