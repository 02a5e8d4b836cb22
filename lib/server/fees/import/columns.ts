// The columns of the bill and payment import sheets (docs/decisions/0007). Pure: used by the reader, the template and tests.

export type FeeImportKind = 'bills' | 'payments'

export const MAX_FEE_FILE_BYTES = 5_000_000
export const MAX_FEE_ROWS = 20_000

export type FeeColumnKey = 'roomNo' | 'period' | 'amount' | 'dueDate' | 'ref' | 'paidOn' | 'method'

export type FeeColumn = { key: FeeColumnKey; header: string; required: boolean; aliases: string[]; width: number; help: string; example: string | number }

export const BILL_COLUMNS: FeeColumn[] = [
  { key: 'roomNo', header: '房号', required: true, aliases: ['房屋编号', '房间号', '房屋'], width: 12, help: '系统房号：楼栋-单元-房号，如 3-2-1201；必须是系统中已有的房屋', example: '1-1-101' },
  { key: 'period', header: '账期', required: true, aliases: ['计费月份', '所属月份', '账单月份', '月份', '费用月份'], width: 10, help: '年-月，如 2026-11（也可写 2026/11、2026年11月）', example: '2026-11' },
  { key: 'amount', header: '应缴金额(元)', required: true, aliases: ['应缴金额', '应收金额', '应收金额(元)', '金额', '金额(元)'], width: 14, help: '元，最多两位小数，大于 0', example: 250 },
  { key: 'dueDate', header: '缴费截止日', required: false, aliases: ['截止日期', '到期日', '应缴日期', '缴费截止日期'], width: 12, help: '年-月-日；不填时为该月的缴费截止日（默认 15 日）', example: '2026-11-15' },
]

export const PAYMENT_COLUMNS: FeeColumn[] = [
  { key: 'ref', header: '缴费流水号', required: true, aliases: ['流水号', '交易号', '收据号', '票据号', '单据号'], width: 18, help: '收费系统中的唯一编号；同一流水号重复导入不会重复记账', example: 'SF202611250001' },
  { key: 'roomNo', header: '房号', required: true, aliases: ['房屋编号', '房间号', '房屋'], width: 12, help: '系统房号：楼栋-单元-房号，如 3-2-1201', example: '1-1-101' },
  { key: 'amount', header: '缴费金额(元)', required: true, aliases: ['缴费金额', '实收金额', '实收金额(元)', '金额', '金额(元)'], width: 14, help: '元，最多两位小数，大于 0；按账期从早到晚冲抵未缴账单', example: 250 },
  { key: 'paidOn', header: '缴费日期', required: true, aliases: ['收款日期', '缴费时间', '日期', '交易日期'], width: 12, help: '年-月-日，不能晚于今天', example: '2026-11-20' },
  { key: 'method', header: '缴费方式', required: false, aliases: ['支付方式', '收款方式', '付款方式'], width: 10, help: '微信、支付宝、银行代扣、银行转账、现金、刷卡 或 其他；不填为 其他', example: '微信' },
]

export const SHEET_NAME: Record<FeeImportKind, string> = { bills: '账单', payments: '缴费' }
export const COLUMNS_OF: Record<FeeImportKind, FeeColumn[]> = { bills: BILL_COLUMNS, payments: PAYMENT_COLUMNS }
export const KIND_LABEL: Record<FeeImportKind, string> = { bills: '账单', payments: '缴费记录' }
