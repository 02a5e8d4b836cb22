// A file field of a submitted form → name and bytes, refusing a missing or oversized file before reading it.
import { createHash } from 'node:crypto'
import { AppError } from '@/lib/errors'
import { MAX_FILE_BYTES } from './columns'

export type ImportFile = { name: string; bytes: Uint8Array }

export async function readUpload(value: FormDataEntryValue | null): Promise<ImportFile> {
  if (!value || typeof value === 'string' || value.size === 0) throw new AppError('INVALID', '请选择要导入的 Excel 文件（.xlsx）')
  if (value.size > MAX_FILE_BYTES) throw new AppError('INVALID', `文件太大（${(value.size / 1_000_000).toFixed(1)} MB），最大 5 MB；请拆分后分批导入`)
  return { name: value.name || '未命名.xlsx', bytes: new Uint8Array(await value.arrayBuffer()) }
}

export function fileHash(bytes: Uint8Array) {
  return createHash('sha256').update(bytes).digest('hex')
}
