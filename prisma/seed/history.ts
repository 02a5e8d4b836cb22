// Some history so every page has something to show: visits, bills and payments, rain days.
import type { Faker } from '@faker-js/faker'
import type { Db } from '../../lib/db/client'

const DAY = 86_400_000

function shanghaiParts(d: Date) {
  const s = new Date(d.getTime() + 8 * 3_600_000).toISOString()
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), date: s.slice(0, 10) }
}

function monthKey(year: number, month: number) {
  const y = year + Math.floor((month - 1) / 12)
  const m = ((((month - 1) % 12) + 12) % 12) + 1
  return `${y}-${String(m).padStart(2, '0')}`
}

export async function seedVisits(db: Db, f: Faker, now: Date, housekeeperByArea: Record<string, string>) {
  const households = await db.household.findMany({ select: { id: true, occupancy: true, building: { select: { areaId: true } } } })
  const visits = []
  for (const h of households) {
    const hk = housekeeperByArea[h.building.areaId]
    if (!hk) continue
    // Past months: most households were visited; this month: about 60% so far.
    for (let back = 0; back < 3; back++) {
      const p = back === 0 ? 0.6 : 0.9
      if (f.number.float() > p) continue
      const dom = Number(shanghaiParts(now).date.slice(8, 10))
      const daysAgo = back === 0 ? f.number.int({ min: 1, max: Math.max(1, dom - 1) }) : back * 30 + f.number.int({ min: 0, max: 25 })
      // A local time of day between 09:00 and 17:00 (Shanghai) on that day.
      const day = shanghaiParts(new Date(now.getTime() - daysAgo * DAY)).date
      const startedAt = new Date(Date.parse(`${day}T00:00:00+08:00`) + f.number.int({ min: 9 * 60, max: 17 * 60 }) * 60_000)
      const phone = h.occupancy === 'notMovedIn' || f.number.float() < 0.3
      const minutes = phone ? f.number.int({ min: 3, max: 10 }) : f.number.int({ min: 15, max: 35 })
      visits.push({
        clientKey: f.string.uuid(),
        householdId: h.id,
        housekeeperId: hk,
        kind: phone ? ('phone' as const) : ('home' as const),
        purpose: 'routine',
        startedAt,
        endedAt: new Date(startedAt.getTime() + minutes * 60_000),
        metWhom: phone ? '业主本人' : f.helpers.arrayElement(['业主本人', '业主及家人', '租户', '家中老人']),
        notes: f.helpers.arrayElement(['一切正常', '业主对小区绿化表示满意', '提醒业主注意冬季防冻', '业主询问停车位租赁', '']),
      })
    }
  }
  for (let i = 0; i < visits.length; i += 500) await db.visit.createMany({ data: visits.slice(i, i + 500) })
  return visits.length
}

export async function seedBills(db: Db, f: Faker, now: Date) {
  const { year, month } = shanghaiParts(now)
  const households = await db.household.findMany({ select: { id: true, areaM2: true } })
  const arrears = new Set(households.filter(() => f.number.float() < 0.08).map((h) => h.id))
  const bills = []
  const payments = []
  for (let back = 5; back >= 0; back--) {
    const period = monthKey(year, month - back)
    for (const h of households) {
      const amountCents = (h.areaM2 ?? 90) * 250
      const monthsUnpaid = arrears.has(h.id) ? (h.id.charCodeAt(0) % 5) + 1 : 0
      // The current month's bill is due on the 15th; about half pay early.
      const paid = back === 0 ? f.number.float() < 0.5 && !arrears.has(h.id) : back >= monthsUnpaid
      const id = f.string.alphanumeric(24)
      bills.push({ id, householdId: h.id, period, amountCents, dueDate: `${period}-15`, paidCents: paid ? amountCents : 0 })
      if (paid) payments.push({ householdId: h.id, billId: id, amountCents, paidAt: new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, f.number.int({ min: 1, max: 14 }), 2)), method: f.helpers.arrayElement(['微信', '支付宝', '银行代扣', '现金']) })
    }
  }
  for (let i = 0; i < bills.length; i += 500) await db.bill.createMany({ data: bills.slice(i, i + 500) })
  for (let i = 0; i < payments.length; i += 500) await db.payment.createMany({ data: payments.slice(i, i + 500) })
  return { bills: bills.length, arrears: arrears.size }
}

export async function seedRainDays(db: Db, now: Date) {
  const dates = [20, 13, 6].map((d) => shanghaiParts(new Date(now.getTime() - d * DAY)).date)
  await db.rainDay.createMany({ data: dates.map((date) => ({ date, source: 'manual' })) })
}
