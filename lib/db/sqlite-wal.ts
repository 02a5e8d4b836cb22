// SQLite in WAL mode: readers do not block the writer, so the app, the job runner and a second process can
// share one file (STACK.md). The mode is stored in the file, so setting it once per file is enough.
import fs from 'node:fs'
import Database from 'better-sqlite3'

const done = new Set<string>()

export function ensureWal(file: string) {
  if (done.has(file) || !fs.existsSync(file)) return
  const db = new Database(file)
  try {
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
  done.add(file)
}
