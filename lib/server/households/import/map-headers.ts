// Header row → column keys. Tolerant of spaces, full-width brackets, a trailing * and unit spellings; unknown columns are ignored.
import { COLUMNS, type ColumnKey, type HeaderNames } from './columns'

export function normalizeHeader(s: string) {
  return s
    .normalize('NFKC') // full-width （）＊ → ()*, ㎡ and m² → m2
    .replace(/[\s\u3000]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/平方米|平米/g, 'm2')
    .toLowerCase()
}

const LOOKUP = new Map<string, ColumnKey>()
for (const c of COLUMNS) for (const h of [c.header, ...c.aliases]) LOOKUP.set(normalizeHeader(h), c.key)

export type HeaderMap = {
  /** 1-based column number → key. */
  columns: Map<number, ColumnKey>
  headers: HeaderNames
  ignored: string[]
  missing: ColumnKey[]
  duplicates: Array<{ key: ColumnKey; header: string }>
}

/** `cells[i]` is the text of column i+1 of the header row. */
export function mapHeaders(cells: string[]): HeaderMap {
  const columns = new Map<number, ColumnKey>()
  const headers: HeaderNames = {}
  const ignored: string[] = []
  const duplicates: HeaderMap['duplicates'] = []
  cells.forEach((raw, i) => {
    const text = raw.trim()
    if (!text) return
    const key = LOOKUP.get(normalizeHeader(text))
    if (!key) {
      ignored.push(text)
      return
    }
    if (headers[key] !== undefined) {
      duplicates.push({ key, header: text })
      return
    }
    headers[key] = text
    columns.set(i + 1, key)
  })
  const missing = COLUMNS.filter((c) => c.required && headers[c.key] === undefined).map((c) => c.key)
  return { columns, headers, ignored, missing, duplicates }
}

/** How many known columns a row names: used to find the header row below a title row. */
export function knownHeaderCount(cells: string[]) {
  return cells.filter((c) => LOOKUP.has(normalizeHeader(c))).length
}
