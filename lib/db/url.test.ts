import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { providerOf, sqliteFileFromUrl } from './url'

describe('DATABASE_URL chooses the database', () => {
  it('file: is SQLite, postgres:// and postgresql:// are PostgreSQL', () => {
    expect(providerOf('file:./data/dev.db')).toBe('sqlite')
    expect(providerOf('postgres://u@h/db')).toBe('postgres')
    expect(providerOf('postgresql://u@h/db')).toBe('postgres')
  })
  it('anything else is refused with a Chinese message', () => {
    expect(() => providerOf('mysql://h/db')).toThrow('DATABASE_URL 格式不正确')
  })
  it('a relative SQLite path is resolved from the project root; query strings are dropped', () => {
    expect(sqliteFileFromUrl('file:./data/dev.db')).toBe(path.resolve('data/dev.db'))
    expect(sqliteFileFromUrl('file:/tmp/x.db?mode=rwc')).toBe('/tmp/x.db')
    expect(sqliteFileFromUrl(undefined)).toBe(path.resolve('data/dev.db'))
  })
})
