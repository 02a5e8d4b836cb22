// Complaints and repairs in every state, made through the same operations the app uses, with times in the past.
import { randomUUID } from 'node:crypto'
import type { Faker } from '@faker-js/faker'
import type { Db } from '../../lib/db/client'
import type { Actor } from '../../lib/auth/actor'
import { loadSettings } from '../../lib/server/settings/get-settings'
import { registerComplaint } from '../../lib/server/complaints/register-complaint'
import { assignComplaint, closeComplaint, markComplaintHandled, recordResultReply, replyComplaint } from '../../lib/server/complaints/workflow'
import { recordComplaintCallback } from '../../lib/server/complaints/record-callback'
import { nextNumber } from '../../lib/server/complaints/numbering'
import { callbackRows } from '../../lib/server/repairs/callback-rows'
import { escalateMissedDeadlines } from '../../lib/jobs/escalate-missed-deadlines'
import { refreshRainCallbacks } from '../../lib/jobs/refresh-rain-callbacks'
import { toLocalDate, type RepairCategory } from '../../lib/rules'

const H = 3_600_000
const WORDS = [
  ['facilities', '楼道灯坏了好几天，晚上回家很黑'],
  ['facilities', '电梯运行时有异响，担心安全'],
  ['facilities', '地下车库入口的道闸经常抬不起来'],
  ['service', '保安夜里巡逻时说话声音太大'],
  ['service', '垃圾桶没有按时清运，气味很重'],
  ['service', '快递被放在单元门口无人看管'],
  ['fees', '物业费账单金额与去年不一致，想了解原因'],
  ['fees', '停车费涨价没有提前通知'],
  ['emergency', '楼上漏水，天花板在滴水'],
  ['service', '小区绿化修剪后树枝堆在路边没清理'],
] as const

async function actorOf(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, username: true, name: true, role: true, areas: { select: { areaId: true } } } })
  return { id: u.id, username: u.username, name: u.name, role: u.role, areaIds: u.areas.map((a) => a.areaId) }
}

export async function seedWork(db: Db, f: Faker, now: Date, users: Record<string, string>) {
  const settings = await loadSettings(db)
  const desk = [await actorOf(db, 'qiantai1'), await actorOf(db, 'qiantai2')]
  const sup = await actorOf(db, 'zhuguan')
  const households = await db.household.findMany({ where: { occupancy: 'occupied' }, select: { id: true, building: { select: { areaId: true } } } })
  const hkByArea = new Map<string, Actor>()
  for (const u of ['guanjia1', 'guanjia2', 'guanjia3', 'guanjia4', 'guanjia5']) {
    const a = await actorOf(db, u)
    for (const areaId of a.areaIds) hkByArea.set(areaId, a)
  }
  const tech = users.weixiu1!

  let complaints = 0
  for (let i = 0; i < 36; i++) {
    const h = f.helpers.arrayElement(households)
    const [category, words] = f.helpers.arrayElement(WORDS)
    const daysAgo = i < 4 ? f.number.float({ min: 0.05, max: 0.8 }) : f.number.int({ min: 1, max: 55 })
    const t0 = new Date(now.getTime() - daysAgo * 24 * H)
    const registrar = i % 5 === 4 ? hkByArea.get(h.building.areaId)! : desk[i % 2]!
    const c = await registerComplaint({
      actor: registrar,
      settings,
      now: t0,
      input: {
        clientKey: randomUUID(),
        householdId: h.id,
        channel: registrar.role === 'housekeeper' ? 'visit' : f.helpers.arrayElement(['phone', 'phone', 'walkIn', 'letter']),
        // Walk-in: the handler arrived two minutes later (D1), as a datetime-local value in Shanghai time.
        arrivalAt: new Date(t0.getTime() - 60_000 + 8 * H).toISOString().slice(0, 16),
        category,
        nature: f.helpers.arrayElement(['effective', 'help', 'help', 'question', 'venting']),
        urgency: category === 'emergency' ? 'urgent' : f.helpers.arrayElement(['urgent', 'general', 'general']),
        householdsAffected: String(f.helpers.arrayElement([1, 1, 1, 2, 12])),
        residentWords: words,
      },
    })
    complaints++
    // Older complaints went further through the workflow.
    const stage = daysAgo < 1 ? 0 : daysAgo < 3 ? 1 : daysAgo < 8 ? 2 : 4
    if (stage === 0) continue
    let r = await assignComplaint({ actor: sup, id: c.id, now: new Date(t0.getTime() + 2 * H), input: { version: 1, department: category === 'fees' ? 'finance' : category === 'service' ? 'environment' : 'engineering', assigneeId: tech, plan: '安排相关部门核实并处理' } })
    if (i % 7 !== 3) r = await replyComplaint({ actor: sup, id: c.id, now: new Date(t0.getTime() + 4 * H), input: { version: r.version, replyText: '已向住户说明处理安排和时间' } })
    if (stage === 1) continue
    r = await markComplaintHandled({ actor: sup, id: c.id, settings, now: new Date(t0.getTime() + 26 * H), input: { version: r.version, note: '问题已处理完毕' } })
    r = await recordResultReply({ actor: sup, id: c.id, now: new Date(t0.getTime() + 28 * H), input: { version: r.version, resultReplyText: '电话告知住户处理结果' } })
    if (stage === 2) continue
    const hk = hkByArea.get(h.building.areaId)!
    const lead = r.level <= 2 || r.level === 3 ? null : hk
    if (!lead) continue // higher levels wait for their leads' joint visit
    r = await recordComplaintCallback({ actor: hk, id: c.id, now: new Date(t0.getTime() + 72 * H), input: { version: r.version, satisfaction: f.helpers.arrayElement(['satisfied', 'satisfied', 'basically']), words: '感谢及时处理', leads: { owner: hk.id } } })
    await closeComplaint({ actor: sup, id: c.id, now: new Date(t0.getTime() + 80 * H), input: { version: r.version, summaryCause: '设施老化 / 服务疏漏', summaryLesson: '巡检需覆盖该项', summaryChange: '纳入每周巡检清单' } })
  }
  const escalated = await escalateMissedDeadlines(db, now, settings)

  // Repairs: some open, some completed with their callbacks (leaks wait for rain).
  const rainDays = (await db.rainDay.findMany({ select: { date: true } })).map((r) => r.date)
  const categories: RepairCategory[] = ['urgent', 'leak', 'safety', 'pipe', 'appliance', 'tv', 'wallCrack', 'other']
  let repairs = 0
  for (let i = 0; i < 30; i++) {
    const h = f.helpers.arrayElement(households)
    const category = categories[i % categories.length]!
    const reportedAt = new Date(now.getTime() - f.number.int({ min: 1, max: 25 }) * 24 * H)
    const completed = i % 4 !== 0
    const completedAt = completed ? new Date(reportedAt.getTime() + f.number.int({ min: 2, max: 30 }) * H) : null
    const repair = await db.$transaction(async (tx) => {
      const no = await nextNumber(tx, 'BX', toLocalDate(reportedAt, settings))
      return tx.repair.create({
        data: {
          no,
          clientKey: randomUUID(),
          householdId: h.id,
          category,
          urgent: category === 'urgent' || i % 9 === 0,
          severe: category === 'safety' && i % 2 === 0,
          description: { urgent: '家中突然停电', leak: '卫生间顶棚渗水', safety: '吊顶石膏板松动', pipe: '厨房下水道堵塞', appliance: '热水器不出热水', tv: '电视没有信号', wallCrack: '客厅墙面出现细裂缝', other: '门锁不好用' }[category],
          reportedAt,
          reportedById: desk[i % 2]!.id,
          assigneeId: i % 2 ? users.weixiu1 : users.weixiu2,
          status: completed ? 'completed' : 'inProgress',
          completedAt,
        },
      })
    })
    if (completedAt) {
      const rows = callbackRows({ category, completedAt, urgent: repair.urgent, severe: repair.severe }, rainDays, settings)
      await db.repairCallback.createMany({
        data: rows.map((r, k) => ({ ...r, repairId: repair.id, ...(k === 0 && r.dueAt && r.dueAt < now ? { doneAt: r.dueAt, method: 'phone', satisfaction: 'satisfied' as const, doneById: desk[0]!.id } : {}) })),
      })
    }
    repairs++
  }
  await refreshRainCallbacks(db, now, settings)
  return `${complaints} 条投诉（${escalated} 次超期升级），${repairs} 张维修单`
}
