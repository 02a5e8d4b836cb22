// Rows of the same room number become one home. Checked across rows (the later row is the bad one):
// conflicting household data, and the same resident name twice in one home (residents are matched by name).
import { columnName, type ColumnKey, type HeaderNames } from './columns'
import type { ImportIssue, ImportRow, MergedHousehold } from './types'

const SHOWN: Record<string, (v: unknown) => string> = {
  occupancy: (v) => (v === 'occupied' ? '已入住' : '未入住'),
  keyAttention: (v) => (v ? '是' : '否'),
}

/** Household fields compared between rows; an empty cell (undefined) agrees with anything. */
const FIELDS = [
  ['areaCode', '片区编码'],
  ['occupancy', '入住状态'],
  ['areaM2', '面积'],
  ['moveInDate', '入住日期'],
  ['keyAttention', '重点关注'],
  ['note', '备注'],
] as const satisfies ReadonlyArray<readonly [ColumnKey & keyof ImportRow, string]>

export function mergeRows(rows: ImportRow[], headers: HeaderNames): { households: MergedHousehold[]; issues: ImportIssue[] } {
  const byRoom = new Map<string, MergedHousehold>()
  const issues: ImportIssue[] = []
  for (const r of rows) {
    const h = byRoom.get(r.roomNo)
    if (!h) {
      byRoom.set(r.roomNo, {
        roomNo: r.roomNo,
        areaCode: r.areaCode,
        building: r.building,
        unit: r.unit,
        floor: r.floor,
        room: r.room,
        occupancy: r.occupancy,
        areaM2: r.areaM2,
        moveInDate: r.moveInDate,
        keyAttention: r.keyAttention,
        note: r.note,
        rows: [r.row],
        residents: r.resident ? [{ row: r.row, ...r.resident }] : [],
      })
      continue
    }
    const conflict = FIELDS.find(([k]) => r[k] !== undefined && h[k] !== undefined && r[k] !== h[k])
    if (conflict) {
      const [k, label] = conflict
      const show = SHOWN[k] ?? String
      issues.push({
        row: r.row,
        column: columnName(headers, k),
        reason: `同一房号 ${r.roomNo} 在第 ${h.rows[0]} 行的${label}是「${show(h[k])}」，这里是「${show(r[k])}」，请改成一致`,
      })
      continue
    }
    if (r.resident) {
      const same = h.residents.find((x) => x.name === r.resident!.name)
      if (same) {
        const dup = (same.phone ?? '') === (r.resident.phone ?? '')
        issues.push({
          row: r.row,
          column: columnName(headers, 'name'),
          reason: dup
            ? `与第 ${same.row} 行重复：房号 ${r.roomNo} 的住户「${r.resident.name}」出现了两次`
            : `房号 ${r.roomNo} 在第 ${same.row} 行已有同名住户「${r.resident.name}」；同名的两人请在姓名后加以区分，如「${r.resident.name}(父)」`,
        })
        continue
      }
    }
    // Fill what earlier rows left empty.
    h.areaM2 ??= r.areaM2
    h.moveInDate ??= r.moveInDate
    h.keyAttention ??= r.keyAttention
    h.note ??= r.note
    h.rows.push(r.row)
    if (r.resident) h.residents.push({ row: r.row, ...r.resident })
  }
  return { households: [...byRoom.values()], issues }
}
