// The callback names on screen come from messages/<locale>/repairs.json with the settings' numbers; in Chinese
// they must read exactly as lib/rules names them (repairCallbackLabel), for the defaults and for changed numbers.
import { describe, expect, it } from 'vitest'
import { createTranslator } from 'next-intl'
import zh from '@/messages/zh-CN/repairs.json'
import en from '@/messages/en/repairs.json'
import { defaultSettings, repairCallbackLabel, resolveSettings, type RepairCallbackKey } from '@/lib/rules'
import { callbackLabel } from '@/components/repairs/labels'

const KEYS: RepairCallbackKey[] = ['urgent-24h', 'leak-next-day', 'leak-after-rain', 'safety-7d', 'safety-severe-second', 'pipe-next-day', 'appliance-next-day', 'tv-next-day', 'wall-crack-5d', 'wall-crack-30d', 'other-7d']

describe('callback labels', () => {
  const tZh = createTranslator({ locale: 'zh-CN', messages: { repairs: zh }, namespace: 'repairs' }) as unknown as (k: string, v?: Record<string, string | number>) => string
  const tEn = createTranslator({ locale: 'en', messages: { repairs: en }, namespace: 'repairs' }) as unknown as (k: string, v?: Record<string, string | number>) => string
  const changed = resolveSettings({ repairCallbacks: { leakNextDays: 2, rainRevisitDaysAfterRain: 3, pipeDays: 2, urgentHours: 12, otherDays: 10 } })

  for (const s of [defaultSettings, changed]) {
    it(`zh-CN reads as lib/rules names it (${s === defaultSettings ? 'defaults' : 'changed numbers'})`, () => {
      for (const key of KEYS) expect(callbackLabel(tZh, { rule: 'C1', key }, s)).toBe(`C1 ${repairCallbackLabel(key, s)}`)
    })
  }

  it('an earlier round keeps its name; English has a text for every key', () => {
    expect(callbackLabel(tZh, { rule: 'C2', key: 'leak-after-rain@v5' }, defaultSettings)).toBe('C2 雨后回访（首个雨天后次日）')
    for (const key of KEYS) expect(callbackLabel(tEn, { rule: 'C1', key }, defaultSettings)).not.toContain('callbackKeys')
    expect(callbackLabel(tEn, { rule: 'C1', key: 'leak-next-day' }, defaultSettings)).toBe('C1 Leak callback (next day)')
  })
})
