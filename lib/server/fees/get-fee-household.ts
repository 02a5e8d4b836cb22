// The household fee page (F1–F9): bills with paid/unpaid and late fee, payments, promises, the ladder with each step's
// eligibility, the F7 guard, alternative contacts and the arrears case. Outside the actor's scope: NOT_FOUND.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { promiseFollowUp, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { feeHouseholdScope } from './access'
import { housekeeperByArea } from './arrears-candidates'
import { arrearsFigures } from './arrears-math'
import { parseOutcome } from './constants'
import { ladderView, openServiceIssues } from './ladder'

export async function getFeeHousehold({ actor, id, now = new Date(), settings }: { actor: Actor; id: string; now?: Date; settings: Settings }) {
  const h = await db.household.findFirst({
    where: { AND: [{ id }, feeHouseholdScope(actor)] },
    select: {
      id: true,
      roomNo: true,
      occupancy: true,
      building: { select: { name: true, area: { select: { id: true, name: true } } } },
      residents: { orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], select: { id: true, name: true, kind: true, phone: true, phone2: true } },
    },
  })
  if (!h) throw new AppError('NOT_FOUND')
  const today = toLocalDate(now, settings)
  const month = yearMonthOf(today)
  const [bills, payments, promises, steps, contacts, kases, issues, defaults, staff, paidSum, brokenPromises] = await Promise.all([
    db.bill.findMany({ where: { householdId: h.id }, select: { id: true, period: true, amountCents: true, paidCents: true, dueDate: true, lateFeeWaived: true, version: true } }),
    db.payment.findMany({ where: { householdId: h.id }, orderBy: { paidAt: 'desc' }, take: 100, select: { id: true, amountCents: true, paidAt: true, method: true, externalRef: true, bill: { select: { period: true } } } }),
    db.paymentPromise.findMany({
      where: { householdId: h.id },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, promisedDate: true, amountCents: true, status: true, note: true, createdAt: true, recordedBy: { select: { name: true } } },
    }),
    db.dunningStep.findMany({
      where: { householdId: h.id },
      orderBy: [{ at: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, kind: true, at: true, channel: true, outcome: true, deadlineAt: true, actor: { select: { name: true } }, supervisorConfirmedBy: { select: { name: true } } },
    }),
    db.alternativeContact.findMany({ where: { householdId: h.id }, orderBy: { createdAt: 'asc' }, select: { id: true, name: true, relation: true, phone: true, source: true, createdAt: true } }),
    db.arrearsCase.findMany({ where: { householdId: h.id }, orderBy: { period: 'desc' }, take: 1, select: { id: true, period: true, classification: true, version: true, responsible: { select: { id: true, name: true } } } }),
    openServiceIssues(db, h.id),
    housekeeperByArea(db),
    db.user.findMany({ where: { active: true, role: { in: ['housekeeper', 'supervisor', 'centerManager'] } }, orderBy: [{ role: 'asc' }, { username: 'asc' }], select: { id: true, name: true, role: true } }),
    db.payment.aggregate({ where: { householdId: h.id }, _sum: { amountCents: true } }),
    db.paymentPromise.count({ where: { householdId: h.id, status: 'broken' } }),
  ])
  const figures = arrearsFigures(bills, today, settings)
  const ladder = ladderView({ steps, monthsOverdue: figures.monthsOverdue, now, ...issues }, settings)
  const paidTotal = paidSum._sum.amountCents ?? 0
  const kase = kases[0] ?? null
  // F3: no phone anywhere, or the last reminder / follow-up was refused → an evening home visit.
  const lastContact = [...steps].reverse().find((s) => s.kind === 'reminder' || s.kind === 'personal')
  const noContact = !h.residents.some((r) => r.phone || r.phone2) && contacts.length === 0
  const refused = parseOutcome(lastContact?.outcome).code === 'refused'
  return {
    eveningVisit: noContact || refused,
    household: h,
    today,
    month,
    figures,
    bills: [...figures.bills].reverse(),
    /** cents paid beyond every bill (a prepayment) */
    creditCents: Math.max(0, paidTotal - bills.reduce((s, b) => s + b.paidCents, 0)),
    payments,
    promises: promises.map((p) => ({ ...p, followUpDue: promiseFollowUp({ promisedDate: p.promisedDate }, settings).due })),
    brokenPromises,
    steps,
    ladder,
    issues,
    contacts,
    /** the latest case (usually this month's); the form edits this month's */
    kase,
    currentCase: kase && kase.period === month ? kase : null,
    defaultResponsible: defaults.get(h.building.area.id) ?? null,
    staff,
  }
}

export type FeeHousehold = Awaited<ReturnType<typeof getFeeHousehold>>
