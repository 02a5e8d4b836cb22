import { describe, expect, it } from 'vitest'
import { attachment, rfc5987 } from './content-disposition'

describe('attachment', () => {
  it('gives an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    expect(attachment('住户导入模板.xlsx', 'households-template.xlsx')).toBe(
      `attachment; filename="households-template.xlsx"; filename*=UTF-8''%E4%BD%8F%E6%88%B7%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx`,
    )
  })
  it("escapes ' ( ) * which encodeURIComponent leaves alone", () => expect(rfc5987("a'(b)*.xlsx")).toBe('a%27%28b%29%2A.xlsx'))
  it('keeps quotes and non-ASCII out of the fallback', () => expect(attachment('x', 'a"b住.xlsx')).toContain('filename="a_b_.xlsx"'))
})
