// Shapes shared by the import steps: raw rows from the sheet → valid rows → merged households → a plan.
import type { ColumnKey, HeaderNames } from './columns'

/** A problem with one row, as the person sees it: Excel row number, column header, Chinese reason. */
export type ImportIssue = { row: number; column: string; reason: string }

export type RawRow = { row: number; cells: Partial<Record<ColumnKey, string>> }

export type SheetRows = { sheetName: string; headers: HeaderNames; ignoredColumns: string[]; rows: RawRow[] }

export type ResidentKind = 'owner' | 'tenant' | 'family'
export type Occupancy = 'occupied' | 'notMovedIn'

/** A row that passed validation; `undefined` = the cell was empty (not stated). */
export type ImportRow = {
  row: number
  areaCode: string
  building: string
  unit: number
  floor: number
  room: string
  roomNo: string
  occupancy: Occupancy
  areaM2?: number
  moveInDate?: string
  keyAttention?: boolean
  note?: string
  resident?: { name: string; kind?: ResidentKind; phone?: string }
}

/** One home of the file, from all its good rows. */
export type MergedHousehold = {
  roomNo: string
  areaCode: string
  building: string
  unit: number
  floor: number
  room: string
  occupancy: Occupancy
  areaM2?: number
  moveInDate?: string
  keyAttention?: boolean
  note?: string
  /** Excel rows that make up this home, in file order. */
  rows: number[]
  residents: Array<{ row: number; name: string; kind?: ResidentKind; phone?: string }>
}

export type ImportCounts = {
  rows: number
  goodRows: number
  badRows: number
  households: number
  householdsToCreate: number
  householdsToUpdate: number
  householdsUnchanged: number
  residentsToAdd: number
  residentsToUpdate: number
  buildingsToCreate: number
}

export type ImportReport = {
  fileName: string
  /** sha256 of the file: the commit must send the same file that was checked. */
  hash: string
  sheetName: string
  ignoredColumns: string[]
  counts: ImportCounts
  issues: ImportIssue[]
}

export type ImportMode = 'all' | 'goodOnly'
