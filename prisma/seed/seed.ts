// Demo data for one realistic center. Run by `npm run db:seed`, by `npm run dev` on an empty database, and by the e2e setup.
import { fakerZH_CN as faker } from '@faker-js/faker'
import { db, useDatabase } from '../../lib/db/client'
import { hashPassword } from '../../lib/auth/password'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts'
import { seedPlaces } from './places'
import { seedBills, seedRainDays, seedVisits } from './history'
import { seedWork } from './work'

export async function seed(url?: string, now = new Date()) {
  // The operations used below (complaints, repairs) write through the shared client: point it here.
  if (url) await useDatabase(url)
  try {
    if ((await db.user.count()) > 0) {
      console.log('[管家台] 数据库已有数据，跳过演示数据（如需重建请运行 npm run db:reset）')
      return
    }
    faker.seed(20261125)
    await db.centerSettings.create({ data: { id: 1, name: '翠湖花园物业客服中心', timeZone: 'Asia/Shanghai', rules: {} } })
    const areaIds = await seedPlaces(db, faker, now)
    const passwordHash = await hashPassword(DEMO_PASSWORD)
    const housekeeperByArea: Record<string, string> = {}
    const userIds: Record<string, string> = {}
    for (const a of DEMO_ACCOUNTS) {
      const u = await db.user.create({
        data: {
          username: a.username,
          name: a.name,
          role: a.role,
          phone: a.phone,
          title: a.title,
          department: a.department,
          passwordHash,
          areas: a.areaCode ? { create: [{ areaId: areaIds[a.areaCode] }] } : undefined,
        },
      })
      userIds[a.username] = u.id
      if (a.role === 'housekeeper' && a.areaCode) housekeeperByArea[areaIds[a.areaCode]] = u.id
    }
    const visits = await seedVisits(db, faker, now, housekeeperByArea)
    const bills = await seedBills(db, faker, now)
    await seedRainDays(db, now)
    await (await import('./households-extra')).seedHouseholdsExtra(db, faker, now, userIds)
    await (await import('./plans')).seedPlans(db, faker, now, userIds)
    const work = await seedWork(db, faker, now, userIds)
    console.log(`[管家台] 演示数据已写入：${await db.household.count()} 户，${visits} 次走访，${bills.bills} 张账单（${bills.arrears} 户欠费），${work}`)
    console.log(`[管家台] 演示账号（密码均为 ${DEMO_PASSWORD}）：${DEMO_ACCOUNTS.map((a) => a.username).join('、')}`)
  } finally {
    await db.$disconnect()
  }
}
