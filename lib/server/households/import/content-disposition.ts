// Content-Disposition for a download with a Chinese file name: an ASCII fallback plus RFC 5987 `filename*`.

/** RFC 5987 attr-char allows ALPHA DIGIT !#$&+-.^_`|~ — encodeURIComponent also leaves '()* unescaped. */
export function rfc5987(value: string) {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

export function attachment(fileName: string, asciiFallback: string) {
  const safe = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${safe}"; filename*=UTF-8''${rfc5987(fileName)}`
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
