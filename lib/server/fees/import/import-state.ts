// What the fee upload form's action returns: the usual FormState plus the dry-run report and what was written.
import type { FormState } from '@/lib/server/action-state'
import type { FeeImportReport, FeeImportWritten } from './types'

export type FeeImportState = FormState & {
  intent?: 'check' | 'all' | 'goodOnly'
  report?: FeeImportReport
  written?: FeeImportWritten
  refused?: boolean
}
