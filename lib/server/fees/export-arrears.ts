// F3: the arrears list (same filters as the page, every row) as an .xlsx; the texts come from the caller (next-intl).
import ExcelJS from 'exceljs'
import type { Actor } from '@/lib/auth/actor'
import { toBuffer } from '@/lib/server/households/import/write-sheet'
import { toLocalDate, type Settings } from '@/lib/rules'
import type { ArrearsQuery } from '@/lib/validation/fees'
import { listArrears } from './list-arrears'

export type ArrearsExportTexts = {
  sheet: string
  headers: [string, string, string, string, string, string, string, string, string, string, string, string, string]
  classification: (key: string) => string
  step: (kind: string) => string
  none: string
}

export async function exportArrears({ actor, query, now = new Date(), settings, texts }: { actor: Actor; query: ArrearsQuery; now?: Date; settings: Settings; texts: ArrearsExportTexts }) {
  const list = await listArrears({ actor, query, now, settings, all: true })
  const wb = new ExcelJS.Workbook()
  wb.creator = '管家台'
  const ws = wb.addWorksheet(texts.sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = texts.headers.map((header, i) => ({ header, width: [12, 10, 10, 14, 22, 12, 12, 8, 10, 16, 18, 10, 14][i] }))
  ws.getRow(1).font = { bold: true }
  const yuan = (c: number) => Math.round(c) / 100
  for (const r of list.rows) {
    ws.addRow([
      r.roomNo,
      r.area.name,
      r.resident?.name ?? '',
      r.resident?.phone ?? '',
      r.overduePeriods.join('、'),
      yuan(r.overdueCents),
      yuan(r.owedCents),
      r.monthsOverdue,
      yuan(r.lateFeeCents),
      r.promise ? `${r.promise.promisedDate} ${yuan(r.promise.amountCents).toFixed(2)}` : '',
      r.lastStep ? `${toLocalDate(r.lastStep.at, settings)} ${texts.step(r.lastStep.kind)}` : '',
      r.responsible?.name ?? '',
      r.classification ? texts.classification(r.classification) : texts.none,
    ])
  }
  for (const c of [6, 7, 9]) ws.getColumn(c).numFmt = '0.00'
  return { bytes: await toBuffer(wb), month: list.month, count: list.rows.length }
}
