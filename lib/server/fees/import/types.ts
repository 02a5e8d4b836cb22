// Shapes of the fee import: raw rows → checked rows → a plan → what was written.
import type { FeeColumnKey, FeeImportKind } from './columns'

export type { ImportIssue } from '@/lib/server/households/import/types'
import type { ImportIssue } from '@/lib/server/households/import/types'

export type FeeRawRow = { row: number; cells: Partial<Record<FeeColumnKey, string>> }
export type FeeSheet = { kind: FeeImportKind; sheetName: string; headers: Partial<Record<FeeColumnKey, string>>; ignoredColumns: string[]; rows: FeeRawRow[] }

export type FeeImportCounts = { rows: number; goodRows: number; badRows: number; toCreate: number; toUpdate: number; unchanged: number; households: number }

export type FeeImportReport = {
  kind: FeeImportKind
  fileName: string
  hash: string
  sheetName: string
  ignoredColumns: string[]
  counts: FeeImportCounts
  issues: ImportIssue[]
}

export type FeeImportWritten = { created: number; updated: number; households: number; billsReallocated: number; promisesKept: number }
