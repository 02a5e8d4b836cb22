// Dry run and commit of a bill or payment import (F1), admin and supervisor only. The commit reads and checks the file
// again (nothing from the dry run is trusted), is refused if the file differs from the checked one, and plans and writes
// in ONE transaction: 'all' writes nothing while any row is bad, 'goodOnly' skips exactly the bad rows.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { fileHash } from '@/lib/server/households/import/read-upload'
import { loadSettings } from '@/lib/server/settings/get-settings'
import { toLocalDate, type Settings } from '@/lib/rules'
import { assertCan, FEE_IMPORTERS } from '../access'
import type { FeeImportKind } from './columns'
import { planFeeImport } from './plan-fee-import'
import { readFeeFile } from './read-fee-file'
import type { FeeImportReport, FeeImportWritten } from './types'
import { writeFeeImport } from './write-fee-import'

export type FeeImportFile = { name: string; bytes: Uint8Array }
type Opts = { actor: Actor; kind: FeeImportKind; file: FeeImportFile; now?: Date; settings?: Settings }

export async function dryRunFeeImport({ actor, kind, file, now = new Date(), settings }: Opts): Promise<FeeImportReport> {
  assertCan(actor, FEE_IMPORTERS)
  const s = settings ?? (await loadSettings())
  const sheet = await readFeeFile(kind, file.bytes)
  const { counts, issues } = await planFeeImport(db, sheet, s, toLocalDate(now, s))
  return { kind, fileName: file.name, hash: fileHash(file.bytes), sheetName: sheet.sheetName, ignoredColumns: sheet.ignoredColumns, counts, issues }
}

export type FeeCommitResult = { status: 'refused'; report: FeeImportReport } | { status: 'imported'; report: FeeImportReport; written: FeeImportWritten }

export async function commitFeeImport({ actor, kind, file, mode, expectedHash, now = new Date(), settings }: Opts & { mode: 'all' | 'goodOnly'; expectedHash?: string }): Promise<FeeCommitResult> {
  assertCan(actor, FEE_IMPORTERS)
  const s = settings ?? (await loadSettings())
  const hash = fileHash(file.bytes)
  if (expectedHash && expectedHash !== hash) throw new AppError('INVALID', '所选文件与检查时的文件不同，请先重新检查再导入')
  const sheet = await readFeeFile(kind, file.bytes)
  try {
    return await db.$transaction(
      async (tx) => {
        const { plan, counts, issues } = await planFeeImport(tx, sheet, s, toLocalDate(now, s))
        const report: FeeImportReport = { kind, fileName: file.name, hash, sheetName: sheet.sheetName, ignoredColumns: sheet.ignoredColumns, counts, issues }
        if (mode === 'all' && issues.length > 0) return { status: 'refused', report } as const
        const written = await writeFeeImport(tx, plan, actor.id, now, s)
        return { status: 'imported', report, written } as const
      },
      { maxWait: 15_000, timeout: 180_000 },
    )
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', '导入期间有人写入了相同的账单或流水号，本次导入已全部取消；请重新检查文件后再导入')
    throw e
  }
}
