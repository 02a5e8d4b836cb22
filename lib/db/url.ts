// Reading DATABASE_URL the same way in the app, the CLI configs and the scripts.
import path from 'node:path'

export const DEFAULT_DATABASE_URL = 'file:./data/dev.db'

export type DbProvider = 'sqlite' | 'postgres'

export function providerOf(url: string): DbProvider {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  throw new Error(`DATABASE_URL 格式不正确：应以 file: 或 postgres:// 开头（收到 "${url.slice(0, 20)}…"）`)
}

/** `file:./data/dev.db` → an absolute path resolved from the project root (cwd). */
export function sqliteFileFromUrl(url: string | undefined): string {
  const u = url && url.length > 0 ? url : DEFAULT_DATABASE_URL
  if (!u.startsWith('file:')) throw new Error('SQLite 需要 file: 形式的 DATABASE_URL')
  const file = u.slice('file:'.length).split('?')[0]
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)
}
