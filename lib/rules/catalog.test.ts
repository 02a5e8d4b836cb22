import { describe, expect, it } from 'vitest'
import { ruleCatalog } from './catalog'

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`)

describe('ruleCatalog', () => {
  const catalog = ruleCatalog()
  const byId = new Map(catalog.map((r) => [r.id, r]))

  it('covers every numbered rule of SPEC §1–§7, the §3.1 rows and the §3.3 triggers', () => {
    const expected = [
      ...ids('T', 5),
      ...ids('R', 4),
      ...ids('C', 6),
      ...ids('P', 8),
      ...ids('V', 8),
      ...ids('F', 9),
      'D1',
      ...['urgent', 'leak', 'safety', 'pipe', 'appliance', 'tv', 'wallCrack', 'other'].map((c) => `3.1-${c}`),
      ...Array.from({ length: 11 }, (_, i) => `3.3-${i + 1}`),
    ]
    expect([...byId.keys()].sort()).toEqual(expected.sort())
  })

  it('has unique ids and no empty fields', () => {
    expect(byId.size).toBe(catalog.length)
    for (const r of catalog) {
      for (const field of ['id', 'section', 'titleZh', 'titleEn', 'textZh', 'source'] as const) {
        expect(r[field], `${r.id}.${field}`).not.toBe('')
      }
    }
  })

  it('fills in the default numbers', () => {
    expect(byId.get('R1')?.textZh).toContain('24 小时（紧急）或 48 小时（一般）')
    expect(byId.get('F4')?.textZh).toContain('3‰')
    expect(byId.get('V5')?.textZh).toContain('周一不打电话回访')
    expect(byId.get('R1')?.source).toBe('000 篇2 (五)2；001 策略六')
  })

  it('fills in the current numbers from settings', () => {
    const c = ruleCatalog({ replyHours: { urgent: 12 }, fees: { lateFeeDailyRate: 0.0005 }, complaintCallbackDays: 5 })
    const get = (id: string) => c.find((r) => r.id === id)?.textZh ?? ''
    expect(get('R1')).toContain('12 小时（紧急）')
    expect(get('F4')).toContain('0.5‰')
    expect(get('C4')).toContain('5 天内')
  })
})
