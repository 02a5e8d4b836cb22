// Export: every home the actor may see, one row per resident (a home without residents gets one row), in the import's
// columns — importing the export changes nothing. Admin and supervisor only.
import ExcelJS from 'exceljs'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { householdScope } from '@/lib/server/scope/households'
import { assertCanImport } from './assert-can-import'
import { KIND_LABEL, NO, OCCUPANCY_LABEL, YES } from './columns'
import { addHouseholdSheet, toBuffer, type SheetValue } from './write-sheet'

const byRoute = new Intl.Collator('zh-CN', { numeric: true })

export async function exportHouseholds({ actor }: { actor: Actor }): Promise<{ bytes: Uint8Array; households: number; rows: number }> {
  assertCanImport(actor)
  const homes = await db.household.findMany({
    where: householdScope(actor),
    select: {
      roomNo: true,
      unit: true,
      floor: true,
      room: true,
      areaM2: true,
      occupancy: true,
      moveInDate: true,
      keyAttention: true,
      note: true,
      building: { select: { number: true, area: { select: { code: true } } } },
      residents: { select: { name: true, kind: true, phone: true }, orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }] },
    },
  })
  // Route order: building, unit, floor, room (building numbers compared as numbers: 2 before 10).
  homes.sort((a, b) => byRoute.compare(a.building.number, b.building.number) || a.unit - b.unit || a.floor - b.floor || byRoute.compare(a.room, b.room))
  const rows: SheetValue[][] = []
  for (const h of homes) {
    const home: SheetValue[] = [h.building.area.code, h.building.number, h.unit, h.room, h.areaM2, OCCUPANCY_LABEL[h.occupancy], h.occupancy === 'occupied' ? h.moveInDate : null, h.keyAttention ? YES : NO]
    if (h.residents.length === 0) rows.push([...home, null, null, null, h.note])
    for (const r of h.residents) rows.push([...home, r.name, KIND_LABEL[r.kind], r.phone, h.note])
  }
  const wb = new ExcelJS.Workbook()
  wb.creator = '管家台'
  addHouseholdSheet(wb, rows)
  return { bytes: await toBuffer(wb), households: homes.length, rows: rows.length }
}
