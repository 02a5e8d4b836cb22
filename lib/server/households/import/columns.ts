// The columns of the household import/export sheet (docs/decisions/0004): headers in file order, accepted variants, labels.
// Pure: imported by the server (parser, builders) and by the upload form (size limit).

export const SHEET_NAME = '住户'
export const HELP_SHEET_NAME = '说明'
/** 5 MB (decimal): stays under the server-action body limit of 5 MiB with the multipart overhead. */
export const MAX_FILE_BYTES = 5_000_000
export const MAX_ROWS = 20_000
/** The 备注 of the template's example rows: such a row is reported as bad instead of being imported by mistake. */
export const EXAMPLE_NOTE = '示例行，导入前请删除'

export type ColumnKey = 'areaCode' | 'building' | 'unit' | 'room' | 'areaM2' | 'occupancy' | 'moveInDate' | 'keyAttention' | 'name' | 'kind' | 'phone' | 'note'

export type Column = {
  key: ColumnKey
  header: string
  /** A file without this column is refused; optional columns that are absent leave stored values alone. */
  required: boolean
  aliases: string[]
  /** Written as text (keeps 0-prefixed and long numbers as typed). */
  text: boolean
  width: number
}

export const COLUMNS: Column[] = [
  { key: 'areaCode', header: '片区编码', required: true, aliases: ['片区', '片区代码', '区域编码'], text: true, width: 10 },
  { key: 'building', header: '楼栋', required: true, aliases: ['楼栋号', '楼号', '栋号'], text: true, width: 8 },
  { key: 'unit', header: '单元', required: true, aliases: ['单元号'], text: false, width: 7 },
  { key: 'room', header: '房号', required: true, aliases: ['房间号', '室号', '门牌号'], text: true, width: 8 },
  { key: 'areaM2', header: '面积(㎡)', required: false, aliases: ['面积', '建筑面积', '面积(平方米)', '建筑面积(㎡)'], text: false, width: 10 },
  { key: 'occupancy', header: '入住状态', required: true, aliases: ['状态'], text: false, width: 10 },
  { key: 'moveInDate', header: '入住日期', required: false, aliases: ['入住时间'], text: true, width: 12 },
  { key: 'keyAttention', header: '重点关注', required: false, aliases: ['重点关注户', '是否重点关注'], text: false, width: 10 },
  { key: 'name', header: '住户姓名', required: true, aliases: ['姓名', '住户', '业主姓名'], text: true, width: 12 },
  { key: 'kind', header: '身份', required: false, aliases: ['住户身份'], text: false, width: 8 },
  { key: 'phone', header: '手机', required: false, aliases: ['手机号', '手机号码', '电话', '联系电话'], text: true, width: 14 },
  { key: 'note', header: '备注', required: false, aliases: [], text: true, width: 24 },
]

export const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, Column>

/** The header a person sees for a column: as written in their file, else the template's. */
export type HeaderNames = Partial<Record<ColumnKey, string>>
export function columnName(headers: HeaderNames, key: ColumnKey) {
  return headers[key] ?? COLUMN_BY_KEY[key].header
}

export const OCCUPANCY_LABEL = { occupied: '已入住', notMovedIn: '未入住' } as const
export const KIND_LABEL = { owner: '业主', tenant: '租户', family: '家属' } as const
export const YES = '是'
export const NO = '否'
