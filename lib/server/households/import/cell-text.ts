// Excel cell values → trimmed text; dates as YYYY-MM-DD. Pure (no exceljs import: only its value shapes).

type RichText = { richText: Array<{ text: string }> }
type Formula = { formula?: string; sharedFormula?: string; result?: unknown }
type Hyperlink = { text: unknown; hyperlink: string }
type ErrorValue = { error: string }

/** A Date from a cell is a calendar date stored at UTC midnight (Excel has no time zone). */
export function dateCellToLocal(d: Date) {
  // Serial-number rounding can land a few ms before midnight: round to the minute first.
  const r = new Date(Math.round(d.getTime() / 60_000) * 60_000)
  return `${r.getUTCFullYear()}-${String(r.getUTCMonth() + 1).padStart(2, '0')}-${String(r.getUTCDate()).padStart(2, '0')}`
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v.trim()
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateCellToLocal(v)
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray((v as RichText).richText)) return (v as RichText).richText.map((p) => p.text ?? '').join('').trim()
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText((v as Formula).result)
    if ('hyperlink' in v && 'text' in v) return cellText((v as Hyperlink).text)
    if ('error' in v) return String((v as ErrorValue).error)
  }
  return String(v).trim()
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * A date typed in any usual way: 2020-05-01, 2020/5/1, 2020.5.1, 2020年5月1日, 20200501,
 * or an Excel serial number (a date cell formatted as a number). Undefined when it is not a real date in 1950–2100.
 */
export function parseLocalDate(s: string): string | undefined {
  const t = s.trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t)
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]))
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const d = new Date(EXCEL_EPOCH_MS + Math.floor(Number(t)) * 86_400_000)
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  return undefined
}
