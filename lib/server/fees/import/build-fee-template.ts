// The bill and payment import templates: the data sheet with its headers (required ones in red) and two example rows,
// and a 说明 sheet explaining every column and the rules. Example rows use the room 示例 so they are reported, not imported.
import ExcelJS from 'exceljs'
import { toBuffer } from '@/lib/server/households/import/write-sheet'
import { COLUMNS_OF, KIND_LABEL, MAX_FEE_ROWS, SHEET_NAME, type FeeImportKind } from './columns'

const RULES: Record<FeeImportKind, string[]> = {
  bills: [
    '一行一张账单：同一房号、同一账期只能有一行。',
    '账单按「房号 + 账期」识别：已有的账单只在金额或截止日不同时更新；同一文件重复导入不会产生任何变化。',
    '已缴金额由缴费记录按账期从早到晚自动冲抵，不在账单中填写。',
  ],
  payments: [
    '一行一笔缴费；缴费流水号在收费系统中唯一，同一流水号重复导入不会重复记账。',
    '缴费按账期从早到晚冲抵该户的未缴账单；超出欠费的部分作为预存，冲抵以后的账单。',
    '缴费满足住户的缴费承诺时，承诺自动记为「已兑现」。',
  ],
}

export async function buildFeeTemplate(kind: FeeImportKind): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '管家台'
  const columns = COLUMNS_OF[kind]
  const ws = wb.addWorksheet(SHEET_NAME[kind], { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: typeof c.example === 'string' ? { numFmt: '@' } : {} }))
  const header = ws.getRow(1)
  header.font = { bold: true }
  columns.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFB42318' } }
  })
  ws.addRow(columns.map((c) => (c.key === 'roomNo' ? '示例-1-101' : c.key === 'ref' ? '示例流水号1' : c.example)))
  ws.addRow(columns.map((c) => (c.key === 'roomNo' ? '示例-1-102' : c.key === 'ref' ? '示例流水号2' : c.example)))

  const help = wb.addWorksheet('说明')
  help.columns = [
    { header: '列名', key: 'col', width: 14 },
    { header: '必填', key: 'req', width: 6 },
    { header: '填写说明', key: 'text', width: 70 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of columns) help.addRow({ col: c.header, req: c.required ? '是' : '', text: c.help })
  help.addRow([])
  help.addRow([`${KIND_LABEL[kind]}导入规则`]).font = { bold: true }
  for (const r of [
    ...RULES[kind],
    '导入前先「检查文件」：系统列出每一行错误（行号、列名、原因），再选择「全部导入」（有任何错误则不导入）或「只导入正确的行」。',
    `文件最大 5 MB，最多 ${MAX_FEE_ROWS} 行；也可以导入 CSV（UTF-8 或 GBK 编码，第 1 行为表头）。`,
    '两行示例的房号以「示例」开头，保留它们会被报告为错误行，请在导入前删除。',
  ])
    help.addRow(['', '', r])
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' }
  return toBuffer(wb)
}
