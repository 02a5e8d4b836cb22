export { db, createDb, dbProvider } from './client'
export type { Db, Tx } from './client'
export * from './generated/sqlite/enums'
export type * from './generated/sqlite/models'
