// Demo data for households and visits: profile entries (V7), visits with feedback items (V6) and the
// follow-ups they left (R1: overdue, due today, coming, closed with the reply R4), and a §3.3 task.
import type { Faker } from '@faker-js/faker'
import type { Db } from '../../lib/db/client'
import { replyDeadlineInfo, triggerTask, toLocalDate } from '../../lib/rules'
import { DEMO_ACCOUNTS } from './accounts'

const HOUR = 3_600_000

const PROFILE = [
  { kind: 'family', text: '三口之家，孩子上小学三年级' },
  { kind: 'family', text: '与父母同住，老人行动不便' },
  { kind: 'occupation', text: '在市医院工作，常上夜班' },
  { kind: 'occupation', text: '退休教师' },
  { kind: 'interest', text: '喜欢养花，阳台种了很多月季' },
  { kind: 'interest', text: '爱下象棋，愿意参加社区活动' },
  { kind: 'contactTime', text: '工作日晚上 19:30 以后方便' },
  { kind: 'contactTime', text: '周末上午在家' },
  { kind: 'concern', text: '关心小区停车位不足' },
  { kind: 'concern', text: '担心楼上漏水' },
] as const

const RAISED = [
  { text: '楼道声控灯不亮', department: 'engineering' },
  { text: '希望增加儿童游乐设施', department: 'customerService' },
  { text: '地下车库有积水', department: 'engineering' },
  { text: '小区垃圾清运不及时', department: 'environment' },
  { text: '夜间有外来车辆随意停放', department: 'security' },
  { text: '物业费发票需要重开', department: 'finance' },
] as const

const ANSWERED = [
  { text: '询问快递柜位置', answer: '已告知在 2 号楼东侧' },
  { text: '询问装修申请流程', answer: '已说明需到前台登记并交押金' },
  { text: '询问停车月卡价格', answer: '已告知每月 300 元' },
] as const

export async function seedHouseholdsExtra(db: Db, f: Faker, now: Date, userIds: Record<string, string>) {
  const areas = await db.area.findMany({ select: { id: true, code: true } })
  let visits = 0
  let followUps = 0
  for (const acc of DEMO_ACCOUNTS.filter((a) => a.role === 'housekeeper')) {
    const areaId = areas.find((a) => a.code === acc.areaCode)?.id
    const hk = userIds[acc.username]
    if (!areaId || !hk) continue
    const households = await db.household.findMany({
      where: { building: { areaId }, occupancy: 'occupied' },
      orderBy: { roomNo: 'asc' },
      select: { id: true },
    })
    const picked = f.helpers.arrayElements(households, 8)
    for (const [i, h] of picked.entries()) {
      for (const p of f.helpers.arrayElements(PROFILE, 3)) {
        await db.profileItem.create({ data: { householdId: h.id, kind: p.kind, text: p.text, createdById: hk } })
      }
      if (i >= 6) continue
      // Visits that ended 60 h, 30 h, 20 h, 6 h and 2 h ago: their open items are overdue, due today or coming;
      // the one of 80 h ago was answered already.
      const endedAt = new Date(now.getTime() - [60, 30, 20, 6, 2, 80][i]! * HOUR)
      const startedAt = new Date(endedAt.getTime() - f.number.int({ min: 18, max: 32 }) * 60_000)
      const raised = f.helpers.arrayElement(RAISED)
      const answered = f.helpers.arrayElement(ANSWERED)
      const urgency = i === 2 ? ('urgent' as const) : ('general' as const)
      const visit = await db.visit.create({
        data: {
          clientKey: f.string.uuid(),
          householdId: h.id,
          housekeeperId: hk,
          kind: 'home',
          purpose: 'routine',
          startedAt,
          endedAt,
          metWhom: '业主本人',
          observations: { door: true, shoes: true, furnishing: false, family: true, hobbies: i % 2 === 0, clutter: false, note: '家中整洁，业主态度友好' },
          notes: '例行走访',
          feedbackItems: { create: [{ text: answered.text, urgency: 'general', answeredOnSpot: true, answer: answered.answer }, { text: raised.text, urgency, answeredOnSpot: false }] },
        },
        select: { id: true, feedbackItems: { where: { answeredOnSpot: false }, select: { id: true } } },
      })
      visits++
      const r1 = replyDeadlineInfo({ registeredAt: endedAt, urgency })
      // Closed with the reply given to the resident (R4).
      const closed = i === 5
      await db.followUp.create({
        data: {
          householdId: h.id,
          feedbackItemId: visit.feedbackItems[0]!.id,
          source: 'feedback',
          title: raised.text,
          urgency,
          dueAt: r1.due,
          rule: r1.label,
          department: raised.department,
          assigneeId: raised.department === 'engineering' && i === 1 ? (userIds.weixiu1 ?? hk) : hk,
          createdById: hk,
          createdAt: endedAt,
          ...(closed ? { status: 'done' as const, reply: '已安排处理并电话告知业主，业主表示满意', closedAt: new Date(endedAt.getTime() + 20 * HOUR) } : {}),
        },
      })
      followUps++
    }
    // A wedding noted in the profile put the §3.3-6 visit into the housekeeper's follow-ups.
    const wedding = picked[7]
    if (wedding) {
      const eventDate = toLocalDate(new Date(now.getTime() - 2 * 24 * HOUR))
      await db.profileItem.create({ data: { householdId: wedding.id, kind: 'event', eventType: 'wedding', eventDate, text: '女儿下周办婚礼', createdById: hk } })
      const task = triggerTask({ trigger: 'wedding', eventDate })
      await db.followUp.create({
        data: { householdId: wedding.id, source: 'wedding', title: `${task.label}：女儿下周办婚礼`, dueAt: task.due, rule: `${task.rule} ${task.label}`, assigneeId: hk, createdById: hk },
      })
      followUps++
    }
  }
  return `${visits} 次带意见的走访，${followUps} 条跟进事项`
}
