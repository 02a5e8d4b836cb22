// Yuan as typed (1234.5, 1,234.50, ¥1234, a number cell) → integer cents, exactly; money is never a float in storage.

export const MAX_CENTS = 1_000_000_000 // ¥10,000,000

/** Cents, or a Chinese reason. Accepts at most two decimals (float noise from an Excel number cell is tolerated). */
export function parseYuan(input: string): { cents: number } | { error: string } {
  const s = input.normalize('NFKC').trim().replace(/^[¥￥]/, '').replace(/元$/, '').replace(/,/g, '').trim()
  if (s === '') return { error: '请填写金额' }
  let m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) {
    // 250.00000000001 from a spreadsheet number cell: accept when it is two decimals within 1e-6.
    const n = /^\d+\.\d+$/.test(s) ? Number(s) : NaN
    const r = Math.round(n * 100)
    if (Number.isFinite(n) && Math.abs(n * 100 - r) < 1e-6) m = /^(\d+)(?:\.(\d{1,2}))?$/.exec((r / 100).toFixed(2))
    else if (/^-/.test(s)) return { error: '金额不能是负数' }
    else if (/^\d+\.\d{3,}$/.test(s)) return { error: '金额最多两位小数（分）' }
    else return { error: `金额应为数字（元），如 250 或 250.50：${input.trim().slice(0, 20)}` }
  }
  const cents = Number(m![1]) * 100 + Number((m![2] ?? '').padEnd(2, '0'))
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { error: '金额过大' }
  if (cents <= 0) return { error: '金额必须大于 0' }
  return { cents }
}

/** 12345 → '123.45' (for form defaults and sheets). */
export function centsToYuan(cents: number) {
  return (cents / 100).toFixed(2)
}
