// Runs before `next start`: a missing or malformed setting stops the server with one clear line per problem
// (instrumentation.ts checks again inside the server, for deployments that start Next directly).
import { loadEnvFiles } from '../lib/db/env-files'
import { parseEnv } from '../lib/env'

loadEnvFiles()
const r = parseEnv({ ...process.env, NODE_ENV: 'production' })
if (!r.ok) {
  for (const p of r.problems) console.error(`[管家台] 环境变量有误：${p}`)
  process.exit(1)
}
