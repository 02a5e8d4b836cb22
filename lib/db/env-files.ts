// For scripts and the Prisma CLI configs (Next loads .env files itself): .env.local wins over .env.
import fs from 'node:fs'
import path from 'node:path'

export function loadEnvFiles(cwd = process.cwd()) {
  for (const name of ['.env.local', '.env']) {
    const file = path.join(cwd, name)
    // process.loadEnvFile does not overwrite variables already set, so the first file wins.
    if (fs.existsSync(file)) process.loadEnvFile(file)
  }
}
