// F3: the arrears list of a month — amount owed, months overdue, late fee (F4), open promise, last dunning step,
// responsible person and classification (F9) — with filters, search and pages; everything inside the actor's scope.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { arrearsListDate, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { householdSearchWhere } from '@/lib/server/households/search-households'
import type { ArrearsQuery } from '@/lib/validation/fees'
import { feeHouseholdScope } from './access'
import { arrearsCandidates, housekeeperByArea, referenceDay } from './arrears-candidates'
import { ARREARS_PAGE_SIZE } from './constants'

export type ArrearsRow = Awaited<ReturnType<typeof listArrears>>['rows'][number]

export async function listArrears({ actor, query, now = new Date(), settings, page = 1, all = false }: { actor: Actor; query: ArrearsQuery; now?: Date; settings: Settings; page?: number; all?: boolean }) {
  const scope = feeHouseholdScope(actor)
  const { month, on } = referenceDay(query.month ?? yearMonthOf(toLocalDate(now, settings)), now, settings)
  const householdWhere = {
    AND: [query.q ? householdSearchWhere(query.q) : {}, query.area ? { building: { areaId: query.area } } : {}],
  }
  const [candidates, cases, pending, defaults, areas] = await Promise.all([
    arrearsCandidates(db, { actor, on, settings, householdWhere }),
    db.arrearsCase.findMany({
      where: { period: month, household: scope },
      select: { id: true, householdId: true, classification: true, version: true, responsible: { select: { id: true, name: true } } },
    }),
    db.paymentPromise.findMany({ where: { status: 'pending', household: scope }, orderBy: { promisedDate: 'asc' }, select: { householdId: true, promisedDate: true, amountCents: true } }),
    housekeeperByArea(db),
    db.area.findMany({ where: { buildings: { some: { households: { some: scope } } } }, orderBy: { code: 'asc' }, select: { id: true, name: true, code: true } }),
  ])
  const caseOf = new Map(cases.map((c) => [c.householdId, c]))
  const promiseOf = new Map<string, (typeof pending)[number]>()
  for (const p of pending) if (!promiseOf.has(p.householdId)) promiseOf.set(p.householdId, p)

  const minMonths = query.months ? Number(query.months) : 0
  const filtered = candidates
    .filter((c) => c.figures.monthsOverdue >= minMonths)
    .filter((c) => {
      if (!query.classification) return true
      const k = caseOf.get(c.householdId)?.classification ?? null
      return query.classification === 'none' ? k === null : k === query.classification
    })
    .filter((c) => (query.promise === 'yes' ? promiseOf.has(c.householdId) : query.promise === 'no' ? !promiseOf.has(c.householdId) : true))
    .sort((a, b) => b.figures.monthsOverdue - a.figures.monthsOverdue || b.figures.overdueCents - a.figures.overdueCents || a.householdId.localeCompare(b.householdId))

  const totals = {
    households: filtered.length,
    overdueCents: filtered.reduce((s, c) => s + c.figures.overdueCents, 0),
    lateFeeCents: filtered.reduce((s, c) => s + c.figures.lateFeeCents, 0),
  }
  const slice = all ? filtered : filtered.slice((page - 1) * ARREARS_PAGE_SIZE, page * ARREARS_PAGE_SIZE)
  const ids = slice.map((c) => c.householdId)
  const [households, lastSteps] = ids.length
    ? await Promise.all([
        db.household.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            roomNo: true,
            building: { select: { area: { select: { id: true, name: true } } } },
            residents: { orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], take: 1, select: { name: true, phone: true } },
          },
        }),
        db.dunningStep.findMany({ where: { householdId: { in: ids } }, orderBy: [{ at: 'desc' }, { createdAt: 'desc' }], select: { householdId: true, kind: true, at: true, outcome: true } }),
      ])
    : [[], []]
  const hOf = new Map(households.map((h) => [h.id, h]))
  const stepOf = new Map<string, (typeof lastSteps)[number]>()
  for (const s of lastSteps) if (!stepOf.has(s.householdId)) stepOf.set(s.householdId, s)

  const rows = slice.map((c) => {
    const h = hOf.get(c.householdId)!
    const kase = caseOf.get(c.householdId)
    return {
      householdId: c.householdId,
      roomNo: h.roomNo,
      area: h.building.area,
      resident: h.residents[0] ?? null,
      overdueCents: c.figures.overdueCents,
      owedCents: c.figures.owedCents,
      monthsOverdue: c.figures.monthsOverdue,
      lateFeeCents: c.figures.lateFeeCents,
      overduePeriods: c.figures.bills.filter((b) => b.overdue).map((b) => b.period),
      promise: promiseOf.get(c.householdId) ?? null,
      lastStep: stepOf.get(c.householdId) ?? null,
      caseId: kase?.id ?? null,
      caseVersion: kase?.version ?? 0,
      classification: kase?.classification ?? null,
      responsible: kase ? kase.responsible : (defaults.get(c.areaId) ?? null),
      compiled: Boolean(kase),
    }
  })
  return {
    month,
    on,
    listDate: arrearsListDate(month, settings),
    compiledCount: cases.length,
    uncompiled: candidates.filter((c) => !caseOf.has(c.householdId)).length,
    totals,
    rows,
    areas,
    page,
    pageSize: ARREARS_PAGE_SIZE,
  }
}
