// Each row of a bill or payment sheet checked on its own (Chinese reasons per column), then across rows (repeats).
// Pure: the database checks (room numbers, existing records) are in plan-fee-import.ts.
import { billDueDate, type LocalDate, type Settings } from '@/lib/rules'
import { parseLocalDate } from '@/lib/server/households/import/cell-text'
import { parseYuan } from '../money'
import { COLUMNS_OF, type FeeColumnKey, type FeeImportKind } from './columns'
import type { FeeRawRow, FeeSheet, ImportIssue } from './types'

export type BillRowIn = { row: number; roomNo: string; period: string; amountCents: number; dueDate: LocalDate }
export type PaymentRowIn = { row: number; ref: string; roomNo: string; amountCents: number; paidOn: LocalDate; method: string }

const METHODS: Array<[RegExp, string]> = [
  [/^(微信|微信支付|wechat|weixin)$/i, '微信'],
  [/^(支付宝|alipay)$/i, '支付宝'],
  [/^(银行代扣|代扣|托收|银行托收)$/, '银行代扣'],
  [/^(银行转账|转账|对公转账|银行汇款|汇款)$/, '银行转账'],
  [/^(现金|cash)$/i, '现金'],
  [/^(刷卡|pos|银行卡|银联)$/i, '刷卡'],
  [/^(其他|其它)$/, '其他'],
]

export function normalizeRoomNo(s: string) {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/[－—–‐]/g, '-')
}

export function parsePeriod(s: string): string | undefined {
  const t = s.normalize('NFKC').trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t)
  if (!m) {
    const d = parseLocalDate(t)
    if (d) m = /^(\d{4})-(\d{2})/.exec(d)
  }
  if (!m) return undefined
  const y = Number(m[1])
  const mo = Number(m[2])
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12) return undefined
  return `${y}-${String(mo).padStart(2, '0')}`
}

function col(sheet: FeeSheet, key: FeeColumnKey) {
  return sheet.headers[key] ?? COLUMNS_OF[sheet.kind].find((c) => c.key === key)!.header
}

type Checker = { issue: (key: FeeColumnKey, reason: string) => void; cell: (key: FeeColumnKey) => string }

function rowChecker(sheet: FeeSheet, r: FeeRawRow, issues: ImportIssue[]): Checker & { bad: () => boolean } {
  let bad = false
  return {
    issue: (key, reason) => {
      bad = true
      issues.push({ row: r.row, column: col(sheet, key), reason })
    },
    cell: (key) => (r.cells[key] ?? '').trim(),
    bad: () => bad,
  }
}

function roomOf(c: Checker) {
  const v = normalizeRoomNo(c.cell('roomNo'))
  if (v === '') c.issue('roomNo', '请填写房号')
  else if (!/^[0-9A-Za-z]{1,20}-\d{1,2}-[0-9A-Za-z]{1,10}$/.test(v)) c.issue('roomNo', `房号格式应为 楼栋-单元-房号，如 3-2-1201：${v.slice(0, 30)}`)
  return v
}

function amountOf(c: Checker) {
  const r = parseYuan(c.cell('amount'))
  if ('error' in r) c.issue('amount', r.error)
  return 'cents' in r ? r.cents : 0
}

export function validateBillRows(sheet: FeeSheet, settings: Settings): { valid: BillRowIn[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const valid: BillRowIn[] = []
  const seen = new Map<string, number>()
  for (const r of sheet.rows) {
    const c = rowChecker(sheet, r, issues)
    const roomNo = roomOf(c)
    const rawPeriod = c.cell('period')
    const period = parsePeriod(rawPeriod)
    if (rawPeriod === '') c.issue('period', '请填写账期')
    else if (!period) c.issue('period', `账期应为 年-月，如 2026-11：${rawPeriod.slice(0, 20)}`)
    const amountCents = amountOf(c)
    const rawDue = c.cell('dueDate')
    let dueDate = rawDue === '' ? undefined : parseLocalDate(rawDue)
    if (rawDue !== '' && !dueDate) c.issue('dueDate', `缴费截止日应为 年-月-日，如 2026-11-15：${rawDue.slice(0, 20)}`)
    if (period && !dueDate && rawDue === '') dueDate = billDueDate(period, settings)
    if (c.bad()) continue
    const key = `${roomNo}|${period}`
    const first = seen.get(key)
    if (first !== undefined) {
      c.issue('period', `与第 ${first} 行重复（同一房号、同一账期只能有一行）`)
      continue
    }
    seen.set(key, r.row)
    valid.push({ row: r.row, roomNo, period: period!, amountCents, dueDate: dueDate! })
  }
  return { valid, issues }
}

export function validatePaymentRows(sheet: FeeSheet, today: LocalDate): { valid: PaymentRowIn[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const valid: PaymentRowIn[] = []
  const seen = new Map<string, number>()
  for (const r of sheet.rows) {
    const c = rowChecker(sheet, r, issues)
    const ref = c.cell('ref').normalize('NFKC')
    if (ref === '') c.issue('ref', '请填写缴费流水号')
    else if (ref.length > 64) c.issue('ref', '缴费流水号不能超过 64 个字符')
    else if (ref.startsWith('manual:')) c.issue('ref', '流水号不能以 manual: 开头（系统保留）')
    const roomNo = roomOf(c)
    const amountCents = amountOf(c)
    const rawDate = c.cell('paidOn')
    const paidOn = rawDate === '' ? undefined : parseLocalDate(rawDate)
    if (rawDate === '') c.issue('paidOn', '请填写缴费日期')
    else if (!paidOn) c.issue('paidOn', `缴费日期应为 年-月-日，如 2026-11-20：${rawDate.slice(0, 20)}`)
    else if (paidOn > today) c.issue('paidOn', `缴费日期不能晚于今天（${today}）`)
    const rawMethod = c.cell('method')
    let method = '其他'
    if (rawMethod !== '') {
      const hit = METHODS.find(([re]) => re.test(rawMethod))
      if (hit) method = hit[1]
      else if (rawMethod.length > 20) c.issue('method', '缴费方式不能超过 20 个字')
      else method = rawMethod
    }
    if (c.bad()) continue
    const first = seen.get(ref)
    if (first !== undefined) {
      c.issue('ref', `与第 ${first} 行的流水号重复`)
      continue
    }
    seen.set(ref, r.row)
    valid.push({ row: r.row, ref, roomNo, amountCents, paidOn: paidOn!, method })
  }
  return { valid, issues }
}

export type { FeeImportKind }
