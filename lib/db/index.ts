export { db, createDb, dbProvider, useDatabase } from './client'
export type { Db, Tx } from './client'
export * from './generated/sqlite/enums'
export type * from './generated/sqlite/models'
