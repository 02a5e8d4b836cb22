// The whole dry run on parsed rows: validate each row, check areas/buildings, merge rows per home, diff with the database.
// Used by the dry run (outside a transaction) and by the commit (inside its transaction, so the plan is what gets written).
import type { Tx } from '@/lib/db'
import { checkPlaces } from './check-places'
import { countPlan, diffHouseholds, type ImportPlan } from './diff-households'
import { loadHouseholds, loadPlaces } from './load-state'
import { mergeRows } from './merge-rows'
import { validateRows } from './validate-rows'
import type { ImportCounts, ImportIssue, SheetRows } from './types'

export type PlannedImport = { plan: ImportPlan; counts: ImportCounts; issues: ImportIssue[] }

export async function planImport(tx: Tx, sheet: SheetRows): Promise<PlannedImport> {
  const { valid, issues: rowIssues } = validateRows(sheet.rows, sheet.headers)
  const places = await loadPlaces(
    tx,
    valid.map((r) => r.areaCode),
    valid.map((r) => r.building),
  )
  const { good, issues: placeIssues } = checkPlaces(valid, places, sheet.headers)
  const { households, issues: mergeIssues } = mergeRows(good, sheet.headers)
  const existing = await loadHouseholds(
    tx,
    households.map((h) => h.roomNo),
  )
  const plan = diffHouseholds(households, existing, places, sheet.headers)
  const issues = [...rowIssues, ...placeIssues, ...mergeIssues].sort((a, b) => a.row - b.row)
  const badRows = new Set(issues.map((i) => i.row)).size
  return { plan, counts: countPlan(plan, sheet.rows.length, badRows), issues }
}
