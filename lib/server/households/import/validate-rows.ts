// Each raw row through the zod schema; a failing row becomes issues (row, column header, reason).
import { householdImportRowSchema } from '@/lib/validation/household-import'
import { columnName, type ColumnKey, type HeaderNames } from './columns'
import { roomNoOf } from './parse-room'
import type { ImportIssue, ImportRow, RawRow } from './types'

export function validateRows(rows: RawRow[], headers: HeaderNames): { valid: ImportRow[]; issues: ImportIssue[] } {
  const valid: ImportRow[] = []
  const issues: ImportIssue[] = []
  for (const raw of rows) {
    const r = householdImportRowSchema.safeParse(raw.cells)
    if (!r.success) {
      const seen = new Set<string>()
      for (const i of r.error.issues) {
        const column = columnName(headers, (i.path[0] as ColumnKey | undefined) ?? 'room')
        // One reason per column is enough (zod may report a column twice).
        if (seen.has(column)) continue
        seen.add(column)
        issues.push({ row: raw.row, column, reason: i.message })
      }
      continue
    }
    const v = r.data
    valid.push({
      row: raw.row,
      areaCode: v.areaCode,
      building: v.building,
      unit: v.unit,
      floor: v.room.floor,
      room: v.room.room,
      roomNo: roomNoOf(v.building, v.unit, v.room.room),
      occupancy: v.occupancy,
      areaM2: v.areaM2,
      // 未入住 has no move-in date (validated above), 已入住 may leave it empty.
      moveInDate: v.moveInDate,
      keyAttention: v.keyAttention,
      note: v.note,
      resident: v.name === undefined ? undefined : { name: v.name, kind: v.kind, phone: v.phone },
    })
  }
  return { valid, issues }
}
