// Everything the household page shows before a visit (V8): residents, profile, open follow-ups, complaints
// and repairs, unpaid fees, the last visits. Outside the actor's scope: NOT_FOUND.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { householdScope } from '@/lib/server/scope/households'
import { monthsOverdue, toLocalDate, type Settings } from '@/lib/rules'

export async function getHousehold({ actor, id, now, settings }: { actor: Actor; id: string; now: Date; settings: Settings }) {
  const h = await db.household.findFirst({
    where: { AND: [{ id }, householdScope(actor)] },
    select: {
      id: true,
      roomNo: true,
      unit: true,
      floor: true,
      room: true,
      areaM2: true,
      occupancy: true,
      moveInDate: true,
      keyAttention: true,
      note: true,
      version: true,
      building: { select: { number: true, name: true, area: { select: { id: true, name: true } } } },
      residents: {
        orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }],
        select: { id: true, name: true, kind: true, phone: true, phone2: true, isPrimary: true, note: true, version: true },
      },
      profileItems: {
        orderBy: [{ createdAt: 'desc' }],
        take: 50,
        select: { id: true, kind: true, eventType: true, eventDate: true, text: true, updatedAt: true },
      },
    },
  })
  if (!h) throw new AppError('NOT_FOUND')
  const today = toLocalDate(now, settings)
  const [followUps, complaints, repairs, bills, visits, housekeepers] = await Promise.all([
    db.followUp.findMany({
      where: { householdId: h.id, status: 'open' },
      orderBy: { dueAt: 'asc' },
      select: {
        id: true,
        title: true,
        dueAt: true,
        rule: true,
        createdAt: true,
        department: true,
        urgency: true,
        assignee: { select: { name: true } },
      },
    }),
    // Read-only: complaints are written by the complaints module (/complaints/[id]).
    db.complaint.findMany({
      where: { householdId: h.id, status: { not: 'closed' } },
      orderBy: { registeredAt: 'desc' },
      take: 20,
      select: { id: true, no: true, residentWords: true, status: true, level: true, registeredAt: true, nextDueAt: true },
    }),
    db.repair.findMany({
      where: { householdId: h.id, status: { in: ['open', 'inProgress'] } },
      orderBy: { reportedAt: 'desc' },
      take: 20,
      select: { id: true, no: true, description: true, status: true, category: true, reportedAt: true },
    }),
    db.bill.findMany({
      where: { householdId: h.id },
      orderBy: { period: 'asc' },
      select: { period: true, amountCents: true, paidCents: true, dueDate: true },
    }),
    db.visit.findMany({
      where: { householdId: h.id },
      orderBy: { startedAt: 'desc' },
      take: 5,
      select: {
        id: true,
        kind: true,
        purpose: true,
        startedAt: true,
        endedAt: true,
        metWhom: true,
        notes: true,
        housekeeper: { select: { name: true } },
        feedbackItems: { select: { id: true, text: true, answeredOnSpot: true, urgency: true } },
      },
    }),
    db.user.findMany({
      where: { role: 'housekeeper', active: true, areas: { some: { areaId: h.building.area.id } } },
      select: { name: true, phone: true },
    }),
  ])
  const unpaid = bills.filter((b) => b.amountCents - b.paidCents > 0)
  const overdue = unpaid.filter((b) => b.dueDate < today)
  const arrears = {
    totalCents: unpaid.reduce((s, b) => s + b.amountCents - b.paidCents, 0),
    overdueCents: overdue.reduce((s, b) => s + b.amountCents - b.paidCents, 0),
    unpaidBills: unpaid.length,
    overdueBills: overdue.length,
    monthsOverdue: overdue.length > 0 ? monthsOverdue({ oldestUnpaidDueDate: overdue[0]!.dueDate, on: today }) : 0,
    periods: unpaid.map((b) => b.period),
  }
  return { household: h, followUps, complaints, repairs, arrears, visits, housekeepers }
}

export type HouseholdDetail = Awaited<ReturnType<typeof getHousehold>>
