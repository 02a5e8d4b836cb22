// Every text exists in both languages: the same keys in zh-CN and en for every namespace.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NAMESPACES } from './namespaces'

const root = path.resolve(import.meta.dirname, '../../messages')

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function read(locale: string, ns: string) {
  const file = path.join(root, locale, `${ns}.json`)
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined
}

describe('messages', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: zh-CN and en have the same keys`, () => {
      const zh = read('zh-CN', ns)
      const en = read('en', ns)
      expect(Boolean(zh), `messages/zh-CN/${ns}.json exists`).toBe(Boolean(en))
      if (zh && en) expect(keys(en).sort()).toEqual(keys(zh).sort())
    })
  }

  it('every message file belongs to a declared namespace', () => {
    for (const locale of ['zh-CN', 'en']) {
      for (const f of fs.readdirSync(path.join(root, locale))) expect(NAMESPACES as readonly string[]).toContain(f.replace(/\.json$/, ''))
    }
  })
})
