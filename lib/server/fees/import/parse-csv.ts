// A small RFC 4180 CSV reader for exports of billing systems: UTF-8 (with or without BOM) or GB18030/GBK (what Excel
// writes for "CSV" on Chinese Windows); comma, semicolon or tab separated; quoted fields with "" escapes and line breaks.

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

function detectSeparator(firstLine: string) {
  const counts = [',', ';', '\t'].map((c) => [c, firstLine.split(c).length - 1] as const)
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ','
}

/** Rows of cells (untrimmed); blank lines come back as rows with one empty cell. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '')
  const sep = detectSeparator(s.split(/\r?\n/, 1)[0] ?? '')
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += c
      continue
    }
    if (c === '"' && cell === '') quoted = true
    else if (c === sep) {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
