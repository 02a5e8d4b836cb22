// The rule numbers an admin edits: a form field per setting (name = its path in Settings).
export type SettingField = { path: string; label: string; kind: 'int' | 'rate' | 'percent' | 'time' | 'intList' | 'text'; group: string }

const G = { reply: '答复与回访（R1、R2、C4）', repair: '维修回访（§3.1、C2）', level: '投诉等级（P5–P8）', phone: '电话回访时段（V5）', visit: '走访与触发事项（V6、§3.3、V4）', fee: '收费与催缴（F1–F6）', calendar: '时区与工作日（T1、T4）' }

export const SETTING_GROUPS = Object.values(G)

export const SETTING_FIELDS: SettingField[] = [
  { path: 'replyHours.urgent', label: '紧急问题答复时限（小时）', kind: 'int', group: G.reply },
  { path: 'replyHours.general', label: '一般问题答复时限（小时）', kind: 'int', group: G.reply },
  { path: 'resultReplyWorkingDays.oral', label: '口头投诉结果回复（工作日）', kind: 'int', group: G.reply },
  { path: 'resultReplyWorkingDays.written', label: '书面投诉结果回复（工作日）', kind: 'int', group: G.reply },
  { path: 'complaintCallbackDays', label: '投诉处理后上门回访（天）', kind: 'int', group: G.reply },
  { path: 'deadlineWarnFraction', label: '剩余时间少于此比例时标黄（%）', kind: 'percent', group: G.reply },
  { path: 'repairCallbacks.urgentHours', label: '急修完成后回访（小时）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.leakNextDays', label: '渗漏水完成后回访（天）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.rainRevisitDaysAfterRain', label: '雨后复访：雨天后第几天内（天）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.safetyDays', label: '安全隐患回访（天内）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.safetySevereSecondAfterDays', label: '严重隐患第二次回访（首次后天数）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.pipeDays', label: '管道堵漏回访（天）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.applianceDays', label: '家电维修回访（天）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.tvDays', label: '电视信号回访（天）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.wallCrackFirstDays', label: '墙体裂缝首次回访（天内）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.wallCrackSecondDays', label: '墙体裂缝第二次回访（天内）', kind: 'int', group: G.repair },
  { path: 'repairCallbacks.otherDays', label: '其他维修回访（天内）', kind: 'int', group: G.repair },
  { path: 'escalation.level1HouseholdsAffected', label: '一级：涉及户数 ≥', kind: 'int', group: G.level },
  { path: 'escalation.level2HouseholdsAffected', label: '二级：涉及户数 ≥', kind: 'int', group: G.level },
  { path: 'escalation.repeatWindowDays', label: '重复投诉统计期（天）', kind: 'int', group: G.level },
  { path: 'targets.maxMonthlyComplaintRatePercent', label: '月投诉率上限（每百户）', kind: 'int', group: G.level },
  { path: 'phone.windows.0.start', label: '上午时段开始', kind: 'time', group: G.phone },
  { path: 'phone.windows.0.end', label: '上午时段结束', kind: 'time', group: G.phone },
  { path: 'phone.windows.1.start', label: '下午时段开始', kind: 'time', group: G.phone },
  { path: 'phone.windows.1.end', label: '下午时段结束', kind: 'time', group: G.phone },
  { path: 'phone.windows.2.start', label: '晚间时段开始', kind: 'time', group: G.phone },
  { path: 'phone.windows.2.end', label: '晚间时段结束', kind: 'time', group: G.phone },
  { path: 'phone.forbiddenWeekdays', label: '不打电话的日子（0=周日，1=周一…，逗号分隔）', kind: 'intList', group: G.phone },
  { path: 'visits.firstVisitMinMinutes', label: '首次拜访最短（分钟）', kind: 'int', group: G.visit },
  { path: 'visits.firstVisitMaxMinutes', label: '首次拜访最长（分钟）', kind: 'int', group: G.visit },
  { path: 'triggers.moveInWelcomeDays', label: '入住欢迎拜访（天内）', kind: 'int', group: G.visit },
  { path: 'triggers.moveInFollowUpMonths', label: '入住后回访（月）', kind: 'int', group: G.visit },
  { path: 'triggers.bereavementDays', label: '丧事慰问（天内）', kind: 'int', group: G.visit },
  { path: 'triggers.weddingDays', label: '婚庆服务拜访（天内）', kind: 'int', group: G.visit },
  { path: 'triggers.birthDays', label: '添丁拜访（天内）', kind: 'int', group: G.visit },
  { path: 'fees.billDueDay', label: '物业费每月缴费日', kind: 'int', group: G.fee },
  { path: 'fees.reminderDays', label: '每月提醒日（逗号分隔）', kind: 'intList', group: G.fee },
  { path: 'fees.arrearsListDay', label: '欠费名单编制日', kind: 'int', group: G.fee },
  { path: 'fees.lateFeeDailyRate', label: '滞纳金日费率（‰）', kind: 'rate', group: G.fee },
  { path: 'fees.dunningLetterQuietDays', label: '催费函发出后静默期（天）', kind: 'int', group: G.fee },
  { path: 'fees.lawyerLetterMinMonthsOverdue', label: '律师函：欠费至少（月）', kind: 'int', group: G.fee },
  { path: 'fees.lawyerLetterMinLetters', label: '律师函：至少已发催费函（封）', kind: 'int', group: G.fee },
  { path: 'fees.lawyerLetterPaymentDays', label: '律师函付款期限（天）', kind: 'int', group: G.fee },
  { path: 'timeZone', label: '中心时区', kind: 'text', group: G.calendar },
  { path: 'calendar.coveredYears', label: '已确认节假日数据完整的年份（逗号分隔）', kind: 'intList', group: G.calendar },
]

export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj)
}

/** The value as the form shows it (rates in ‰, fractions in %). */
export function toFormValue(f: SettingField, v: unknown): string {
  if (f.kind === 'rate') return String(Math.round((v as number) * 1000 * 1000) / 1000)
  if (f.kind === 'percent') return String(Math.round((v as number) * 100))
  if (f.kind === 'intList') return (v as number[]).join(',')
  return String(v ?? '')
}

/** The form text back to a setting value; a bad number stays a string so validation reports it. */
export function fromFormValue(f: SettingField, raw: string): unknown {
  const s = raw.trim()
  if (f.kind === 'text' || f.kind === 'time') return s
  if (f.kind === 'intList') return s === '' ? [] : s.split(/[,，\s]+/).filter(Boolean).map((x) => (/^-?\d+$/.test(x) ? Number(x) : x))
  const n = s === '' ? NaN : Number(s)
  if (!Number.isFinite(n)) return s
  if (f.kind === 'rate') return n / 1000
  if (f.kind === 'percent') return n / 100
  return n
}
