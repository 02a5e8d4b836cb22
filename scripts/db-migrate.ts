// npm run db:migrate — applies the committed migrations to DATABASE_URL (SQLite or PostgreSQL).
import { loadEnvFiles } from '../lib/db/env-files'
import { prisma } from './prisma-cli'

loadEnvFiles()
prisma(['migrate', 'deploy'])
