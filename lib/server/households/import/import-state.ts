// What the upload form's action returns: the usual FormState plus the dry-run report and, after an import, what was written.
import type { FormState } from '@/lib/server/action'
import type { ImportReport } from './types'
import type { WrittenCounts } from './write-import'

export type ImportState = FormState & {
  intent?: 'check' | 'all' | 'goodOnly'
  report?: ImportReport
  written?: WrittenCounts
  refused?: boolean
}
