// Area and building of each row against the database and the earlier rows:
// the area must exist (areas are managed by the admin); a building is created in the row's area when missing,
// but a building that belongs to another area is an error.
import { columnName, type HeaderNames } from './columns'
import type { ImportIssue, ImportRow } from './types'

export type KnownPlaces = {
  /** area code → id */
  areas: Map<string, string>
  /** building number → its area's code */
  buildings: Map<string, { id: string; areaCode: string }>
}

export function checkPlaces(rows: ImportRow[], places: KnownPlaces, headers: HeaderNames): { good: ImportRow[]; issues: ImportIssue[] } {
  const good: ImportRow[] = []
  const issues: ImportIssue[] = []
  // A new building takes the area of the first good row that names it.
  const newBuildings = new Map<string, { areaCode: string; row: number }>()
  for (const r of rows) {
    if (!places.areas.has(r.areaCode)) {
      issues.push({ row: r.row, column: columnName(headers, 'areaCode'), reason: `片区编码「${r.areaCode}」不存在（片区由管理员在系统管理中维护）` })
      continue
    }
    const existing = places.buildings.get(r.building)
    if (existing && existing.areaCode !== r.areaCode) {
      issues.push({ row: r.row, column: columnName(headers, 'building'), reason: `楼栋 ${r.building} 属于片区「${existing.areaCode}」，不能导入到片区「${r.areaCode}」` })
      continue
    }
    const first = newBuildings.get(r.building)
    if (!existing && first && first.areaCode !== r.areaCode) {
      issues.push({ row: r.row, column: columnName(headers, 'building'), reason: `楼栋 ${r.building} 在第 ${first.row} 行属于片区「${first.areaCode}」，这里却是「${r.areaCode}」` })
      continue
    }
    if (!existing && !first) newBuildings.set(r.building, { areaCode: r.areaCode, row: r.row })
    good.push(r)
  }
  return { good, issues }
}
