// Writes a plan inside the caller's transaction, in batches; every created or updated row gets an audit row.
// Updates are guarded by `version`: a home edited since the plan was made aborts the whole import (CONFLICT).
import type { Tx } from '@/lib/db'
import type { AuditEntry } from '@/lib/audit'
import { AppError } from '@/lib/errors'
import type { ImportPlan } from './diff-households'
import { chunks } from './load-state'
import { writeAudit } from './write-audit'

export type WrittenCounts = { buildingsCreated: number; householdsCreated: number; householdsUpdated: number; residentsAdded: number; residentsUpdated: number }

const conflict = () => new AppError('CONFLICT', '导入期间有住户资料被其他人修改，本次导入已全部取消；请重新检查文件后再导入')

export async function writeImport(tx: Tx, plan: ImportPlan, actorId: string, at: Date): Promise<WrittenCounts> {
  const log: AuditEntry[] = []
  const entry = (entity: string, entityId: string, action: 'import.create' | 'import.update', before: unknown, after: unknown) =>
    log.push({ actorId, entity, entityId, action, before, after, at })

  const buildingIds = new Map<string, string>()
  for (const part of chunks(plan.newBuildings)) {
    const made = await tx.building.createManyAndReturn({
      data: part.map((b) => ({ number: b.number, name: `${b.number}号楼`, areaId: b.areaId })),
      select: { id: true, number: true, name: true, areaId: true },
    })
    for (const b of made) {
      buildingIds.set(b.number, b.id)
      entry('Building', b.id, 'import.create', undefined, { number: b.number, name: b.name, areaId: b.areaId })
    }
  }

  const newResidents: Array<{ householdId: string; roomNo: string; name: string; kind: 'owner' | 'tenant' | 'family'; phone: string | null; isPrimary: boolean }> = []
  for (const part of chunks(plan.createHouseholds)) {
    const made = await tx.household.createManyAndReturn({
      data: part.map(({ residents: _r, building, buildingId, ...h }) => ({ ...h, buildingId: buildingId ?? buildingIds.get(building)! })),
      select: { id: true, roomNo: true },
    })
    const idByRoom = new Map(made.map((m) => [m.roomNo, m.id]))
    for (const h of part) {
      const id = idByRoom.get(h.roomNo)!
      const { residents, buildingId: _b, ...fields } = h
      entry('Household', id, 'import.create', undefined, fields)
      for (const r of residents) newResidents.push({ householdId: id, roomNo: h.roomNo, ...r })
    }
  }
  newResidents.push(...plan.createResidents)

  for (const u of plan.updateHouseholds) {
    const r = await tx.household.updateMany({ where: { id: u.id, version: u.version }, data: { ...u.after, version: { increment: 1 } } })
    if (r.count !== 1) throw conflict()
    entry('Household', u.id, 'import.update', u.before, u.after)
  }

  for (const part of chunks(newResidents)) {
    const made = await tx.resident.createManyAndReturn({
      data: part.map(({ roomNo: _r, ...r }) => r),
      select: { id: true, householdId: true, name: true },
    })
    // RETURNING gives no order guarantee: match by (home, name), unique among the new residents (merge-rows, diff-households).
    const idOf = new Map(made.map((m) => [`${m.householdId}\u0000${m.name}`, m.id]))
    for (const { householdId, roomNo, name, kind, phone, isPrimary } of part) {
      entry('Resident', idOf.get(`${householdId}\u0000${name}`)!, 'import.create', undefined, { householdId, roomNo, name, kind, phone, isPrimary })
    }
  }

  for (const u of plan.updateResidents) {
    const r = await tx.resident.updateMany({ where: { id: u.id, version: u.version }, data: { ...u.after, version: { increment: 1 } } })
    if (r.count !== 1) throw conflict()
    entry('Resident', u.id, 'import.update', { roomNo: u.roomNo, name: u.name, ...u.before }, { roomNo: u.roomNo, name: u.name, ...u.after })
  }

  await writeAudit(tx, log)
  return {
    buildingsCreated: plan.newBuildings.length,
    householdsCreated: plan.createHouseholds.length,
    householdsUpdated: new Set([...plan.updateHouseholds.map((u) => u.roomNo), ...plan.createResidents.map((r) => r.roomNo), ...plan.updateResidents.map((r) => r.roomNo)]).size,
    residentsAdded: newResidents.length,
    residentsUpdated: plan.updateResidents.length,
  }
}
