// Commit: the file is read and checked again (nothing from the dry run is trusted), planned and written in ONE transaction.
// 'all' writes nothing while any row is bad; 'goodOnly' skips the bad rows (and only them). Admin and supervisor only.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertCanImport } from './assert-can-import'
import { planImport } from './plan-import'
import { readWorkbook } from './read-workbook'
import { fileHash, type ImportFile } from './read-upload'
import type { ImportMode, ImportReport } from './types'
import { writeImport, type WrittenCounts } from './write-import'

export type CommitResult = { status: 'refused'; report: ImportReport } | { status: 'imported'; report: ImportReport; written: WrittenCounts }

export async function commitImport({ actor, file, mode, expectedHash, now = new Date() }: { actor: Actor; file: ImportFile; mode: ImportMode; expectedHash?: string; now?: Date }): Promise<CommitResult> {
  assertCanImport(actor)
  const hash = fileHash(file.bytes)
  if (expectedHash && expectedHash !== hash) throw new AppError('INVALID', '所选文件与检查时的文件不同，请先重新检查再导入')
  const sheet = await readWorkbook(file.bytes)
  try {
    return await db.$transaction(
      async (tx) => {
        const { plan, counts, issues } = await planImport(tx, sheet)
        const report: ImportReport = { fileName: file.name, hash, sheetName: sheet.sheetName, ignoredColumns: sheet.ignoredColumns, counts, issues }
        if (mode === 'all' && issues.length > 0) return { status: 'refused', report } as const
        const written = await writeImport(tx, plan, actor.id, now)
        return { status: 'imported', report, written } as const
      },
      { maxWait: 15_000, timeout: 180_000 },
    )
  } catch (e) {
    // Another import created the same room number or building meanwhile.
    if ((e as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', '导入期间有人新建了相同房号或楼栋，本次导入已全部取消；请重新检查文件后再导入')
    throw e
  }
}
