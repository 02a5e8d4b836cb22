// F2/F3: who still needs an individual reminder today — households with an unpaid bill of this month or earlier that
// were not reminded since the current reminder date (the round). Households in a dunning letter's quiet period are left
// out (F6: no proactive contact). Those that refuse calls or have no contact data are flagged for an evening home visit.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { addLocalDays, billDueDate, dunningLetterFollowUp, reminderDates, startOfLocalDay, toLocalDate, yearMonthOf, type Settings } from '@/lib/rules'
import { feeHouseholdScope } from './access'
import { parseOutcome } from './constants'

export const REMINDERS_PAGE_SIZE = 30

export async function listRemindersDue({ actor, now = new Date(), settings, page = 1 }: { actor: Actor; now?: Date; settings: Settings; page?: number }) {
  const scope = feeHouseholdScope(actor)
  const today = toLocalDate(now, settings)
  const month = yearMonthOf(today)
  const dates = reminderDates(month, settings)
  const round = [...dates].reverse().find((d) => d <= today) ?? null
  // Not reminded since the round's reminder date; before the month's first reminder date there is no round yet (F2: from the 5th).
  const next = dates.find((d) => d > today) ?? null
  if (!round) return { today, dates, round, next, total: 0, rows: [], page, pageSize: REMINDERS_PAGE_SIZE }
  const roundStart = startOfLocalDay(round, settings)
  // A letter sent within the quiet period (plus one day of margin) may still silence the household.
  const quietFrom = startOfLocalDay(addLocalDays(today, -(settings.fees.dunningLetterQuietDays + 1)), settings)
  const letters = await db.dunningStep.findMany({ where: { kind: 'letter', at: { gte: quietFrom, lte: now }, household: scope }, select: { householdId: true, at: true } })
  const silenced = [...new Set(letters.filter((l) => now.getTime() <= dunningLetterFollowUp({ sentAt: l.at }, settings).quietUntil.getTime()).map((l) => l.householdId))]
  const where = {
    AND: [
      scope,
      { bills: { some: { dueDate: { lte: billDueDate(month, settings) }, paidCents: { lt: db.bill.fields.amountCents } } } },
      { dunningSteps: { none: { kind: 'reminder' as const, at: { gte: roundStart } } } },
      silenced.length > 0 ? { id: { notIn: silenced } } : {},
    ],
  }
  const [total, households] = await Promise.all([
    db.household.count({ where }),
    db.household.findMany({
      where,
      orderBy: [{ building: { number: 'asc' } }, { unit: 'asc' }, { floor: 'asc' }, { room: 'asc' }],
      skip: (page - 1) * REMINDERS_PAGE_SIZE,
      take: REMINDERS_PAGE_SIZE,
      select: {
        id: true,
        roomNo: true,
        residents: { orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }], select: { name: true, phone: true, phone2: true } },
        _count: { select: { alternativeContacts: true } },
        bills: { where: { paidCents: { lt: db.bill.fields.amountCents } }, select: { amountCents: true, paidCents: true, dueDate: true } },
        dunningSteps: { where: { kind: { in: ['reminder', 'personal'] } }, orderBy: [{ at: 'desc' }, { createdAt: 'desc' }], take: 1, select: { at: true, outcome: true, channel: true } },
      },
    }),
  ])
  const rows = households.map((h) => {
    const hasPhone = h.residents.some((r) => r.phone || r.phone2) || h._count.alternativeContacts > 0
    const last = h.dunningSteps[0] ?? null
    const refused = parseOutcome(last?.outcome).code === 'refused'
    return {
      id: h.id,
      roomNo: h.roomNo,
      resident: h.residents[0] ? { name: h.residents[0].name, phone: h.residents[0].phone ?? h.residents[0].phone2 } : null,
      owedCents: h.bills.reduce((s, b) => s + b.amountCents - b.paidCents, 0),
      overdue: h.bills.some((b) => b.dueDate < today),
      lastContact: last,
      noContact: !hasPhone,
      refused,
      eveningVisit: !hasPhone || refused,
    }
  })
  return { today, dates, round, next, total, rows, page, pageSize: REMINDERS_PAGE_SIZE }
}
