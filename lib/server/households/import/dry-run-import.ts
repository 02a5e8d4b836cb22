// Dry run: read and check the file, compare with the database, write nothing. Admin and supervisor only.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { assertCanImport } from './assert-can-import'
import { planImport } from './plan-import'
import { readWorkbook } from './read-workbook'
import { fileHash, type ImportFile } from './read-upload'
import type { ImportReport } from './types'

export async function dryRunImport({ actor, file }: { actor: Actor; file: ImportFile }): Promise<ImportReport> {
  assertCanImport(actor)
  const sheet = await readWorkbook(file.bytes)
  const { counts, issues } = await planImport(db, sheet)
  return { fileName: file.name, hash: fileHash(file.bytes), sheetName: sheet.sheetName, ignoredColumns: sheet.ignoredColumns, counts, issues }
}
