import { loadEnvFiles } from '../../lib/db/env-files'
import { seed } from './seed'

loadEnvFiles()
await seed(process.env.DATABASE_URL)
