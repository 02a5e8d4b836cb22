// The import template: the 住户 sheet with two example rows, and a 说明 sheet explaining every column and the rules.
import ExcelJS from 'exceljs'
import { COLUMNS, EXAMPLE_NOTE, HELP_SHEET_NAME, MAX_ROWS } from './columns'
import { addHouseholdSheet, toBuffer } from './write-sheet'

const HELP: Record<string, [string, string]> = {
  areaCode: ['片区的编码，必须是系统中已有的片区（由管理员在「系统管理」中维护）', 'A'],
  building: ['楼栋号（数字或字母）。不存在时在该片区下新建；已属于其他片区时报错', '3'],
  unit: ['单元号，1–99 的整数', '2'],
  room: ['楼层 + 两位门牌号：1201 表示 12 层 01 室。系统房号为 楼栋-单元-房号，如 3-2-1201', '1201'],
  areaM2: ['建筑面积，10–2000 的整数（平方米）；可不填，不填不会清除已有面积', '98'],
  occupancy: ['已入住 或 未入住；每一行都要填写', '已入住'],
  moveInDate: ['年-月-日（或 Excel 日期）；可不填。未入住的房屋不能填写', '2020-05-01'],
  keyAttention: ['是 或 否；不填视为否', '否'],
  name: ['一行一位住户。空房（未售、无住户）可不填姓名。同一房屋中住户按姓名识别', '张三'],
  kind: ['业主、租户 或 家属；不填时新住户记为业主，已有住户保持不变', '业主'],
  phone: ['11 位手机号，或座机如 021-12345678；不填不会清除已有号码', '13800000000'],
  note: ['房屋的备注；不填不会清除已有备注', ''],
}

const RULES = [
  '一行一位住户：一户有 3 位住户就填 3 行，房屋信息（片区编码至备注）在这几行中必须一致，面积、入住日期、重点关注、备注也可只在其中一行填写。',
  '房号已存在时只更新有变化的内容；同一文件重复导入不会产生任何变化。',
  '住户按「房号 + 姓名」匹配：已有住户只更新身份和手机，新姓名新增为住户。文件中没有的住户不会被删除。',
  '导入前先「检查文件」：系统列出每一行错误（行号、列名、原因），再选择「全部导入」（有任何错误则不导入）或「只导入正确的行」（跳过错误行）。',
  `文件最大 5 MB，最多 ${MAX_ROWS} 行；只读取「住户」工作表，其他列会被忽略。`,
  `下面两行示例的备注为「${EXAMPLE_NOTE}」，保留它们会被报告为错误行。`,
]

export async function buildTemplate({ areas }: { areas: Array<{ code: string; name: string }> }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '管家台'
  const code = areas[0]?.code ?? 'A'
  addHouseholdSheet(wb, [
    [code, '1', 2, '1201', 98, '已入住', '2020-05-01', '否', '张三', '业主', '13800000000', EXAMPLE_NOTE],
    [code, '1', 2, '1201', 98, '已入住', '2020-05-01', '否', '李四', '家属', '13900000000', EXAMPLE_NOTE],
  ])

  const help = wb.addWorksheet(HELP_SHEET_NAME)
  help.columns = [
    { header: '列名', key: 'col', width: 12 },
    { header: '必填', key: 'req', width: 6 },
    { header: '填写说明', key: 'text', width: 70 },
    { header: '示例', key: 'ex', width: 14 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of COLUMNS) help.addRow({ col: c.header, req: c.required ? '是' : '', text: HELP[c.key]![0], ex: HELP[c.key]![1] })
  help.addRow([])
  help.addRow(['导入规则']).font = { bold: true }
  for (const r of RULES) help.addRow(['', '', r])
  help.addRow([])
  help.addRow(['现有片区']).font = { bold: true }
  for (const a of areas) help.addRow([a.code, '', a.name])
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' }
  return toBuffer(wb)
}
