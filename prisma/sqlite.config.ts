// Prisma CLI config for SQLite (the default). Runs the WebAssembly schema engine through the
// better-sqlite3 driver adapter: the native engine cannot be downloaded here (docs/decisions/0002).
import path from 'node:path'
import { defineConfig } from 'prisma/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { sqliteFileFromUrl } from '../lib/db/url'
import { loadEnvFiles } from '../lib/db/env-files'

loadEnvFiles()

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // Paths are relative to this file.
  schema: path.join('sqlite', 'schema'),
  migrations: { path: path.join('sqlite', 'migrations') },
  async adapter() {
    const file = sqliteFileFromUrl(process.env.DATABASE_URL)
    const factory = new PrismaBetterSQLite3({ url: file })
    // The shadow database gets a whole migration as one script; better-sqlite3's prepare() takes
    // one statement only, so route multi-statement SQL through executeScript (STACK.md).
    const connectToShadowDb = factory.connectToShadowDb.bind(factory)
    factory.connectToShadowDb = async () => {
      const shadow = await connectToShadowDb()
      const executeRaw = shadow.executeRaw.bind(shadow)
      shadow.executeRaw = async (query) => {
        if (query.args.length === 0 && query.sql.trim().replace(/;\s*$/, '').includes(';')) {
          await shadow.executeScript(query.sql)
          return 0
        }
        return executeRaw(query)
      }
      return shadow
    }
    return factory
  },
})
