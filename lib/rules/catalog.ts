// The rules in force, in Chinese with the center's current numbers, for the settings page and
// the "rules in force" page. Ids and sources follow SPEC.md.
import { CHANNEL_LABELS } from './replies'
import { resolveSettings, type Settings } from './settings'
import type { DeepPartial } from './types'

export interface RuleEntry {
  id: string
  section: string
  titleZh: string
  titleEn: string
  textZh: string
  source: string
}

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export function ruleCatalog(settings?: DeepPartial<Settings> | Settings): RuleEntry[] {
  const s = resolveSettings(settings)
  const rc = s.repairCallbacks
  const fx = s.repairFixTargets
  const e = s.escalation
  const t = s.triggers
  const f = s.fees
  const m = s.manager
  const day = (n: number) => (n === 1 ? '次日' : `${n} 天内`)
  const written = s.writtenChannels.map((c) => CHANNEL_LABELS[c]).join('、') || '（无）'
  const oral =
    (Object.keys(CHANNEL_LABELS) as Array<keyof typeof CHANNEL_LABELS>)
      .filter((c) => !s.writtenChannels.includes(c))
      .map((c) => CHANNEL_LABELS[c])
      .join('、') || '（无）'
  const forbidden = s.phone.forbiddenWeekdays.map((d) => WEEKDAYS_ZH[d] ?? String(d)).join('、') || '无'
  const windows = s.phone.windows.map((w) => `${w.start}–${w.end}`).join('、')
  const every = (k: number) => (k === 1 ? '每月' : k === 3 ? '每季度' : `每 ${k} 个月`)

  const r = (
    id: string,
    section: string,
    titleZh: string,
    titleEn: string,
    textZh: string,
    source: string,
  ): RuleEntry => ({ id, section, titleZh, titleEn, textZh, source })

  return [
    // §1 Time
    r('T1', '1', '时区', 'Time zone', `所有期限按中心所在时区（${s.timeZone}）计算，并以 UTC 时刻保存。`, 'SPEC 政策默认'),
    r('T2', '1', '小时', 'Hours', '“N 小时”指从事件发生时刻起算的钟点小时。', 'SPEC 政策默认'),
    r('T3', '1', '天', 'Days', '“N 天”指日历天：期限为事件当地日期之后第 N 个日历日的 23:59:59.999（当地时间）。', 'SPEC 政策默认'),
    r(
      'T4',
      '1',
      '工作日',
      'Working days',
      '“N 个工作日”指事件当地日期之后第 N 个工作日结束时。工作日为周一至周五，扣除法定节假日，加上调休上班日；管理员可补录或调整。',
      'SPEC 政策默认',
    ),
    r('T5', '1', '次日', 'Next day', '“次日”即 1 天（按 T3 计算）。', 'SPEC 政策默认'),
    // §2 Replies
    r(
      'R1',
      '2',
      '答复时限',
      'Reply deadline',
      `住户反映的问题分为紧急与一般两类。责任人须在登记后 ${s.replyHours.urgent} 小时（紧急）或 ${s.replyHours.general} 小时（一般）内确定解决方案并明确答复住户。`,
      '000 篇2 (五)2；001 策略六',
    ),
    r(
      'R2',
      '2',
      '处理结果回复',
      'Result reply',
      `投诉处理完毕后向住户反馈结果：口头受理的投诉（${oral}）在 ${s.resultReplyWorkingDays.oral} 个工作日内电话回复；书面受理的投诉（${written}）在 ${s.resultReplyWorkingDays.written} 个工作日内书面回复。自标记处理完毕时起算。`,
      '000 篇2 (五)2；001 策略六',
    ),
    r('R3', '2', '首问负责', 'Whoever registers owns it', '谁受理、谁跟进、谁回复，直至明确移交给指定人员。', '001 实施'),
    r('R4', '2', '不能当场答复', 'Cannot answer on the spot', '不能当场答复的，告知住户由哪个部门处理，处理完毕后回电告知。', '000 (五)1'),
    // §3 Callbacks
    r('C1', '3.1', '维修回访', 'Repair callbacks', '每项维修至少回访一次（电话、短信或上门）；可能复发或效果不能即时看到的维修按下表多次回访。', '000 篇2 (四)；004 回访的流程及要点'),
    r(
      'C2',
      '3.1',
      '雨后回访',
      'Rain-triggered revisit',
      `雨天指中心登记有雨的当地日期。渗漏水维修的雨后回访等待维修完成当地日期之后的第一个雨天，在该雨天后 ${rc.rainRevisitDaysAfterRain} 天内完成；此前列为“等雨中”并显示等待天数，不会自动消失。`,
      '004 b',
    ),
    r('C3', '3.1', '回访不满意', 'Failed callback', '回访不满意或问题复发的，重新打开维修单或新建关联维修单。', '004'),
    r(
      '3.1-urgent',
      '3.1',
      '急修',
      'Urgent repair',
      `急修（或标记为紧急的其他维修，在该类别回访之外另加）：当天修复；完成后 ${rc.urgentHours} 小时内电话或上门回访。`,
      '000 (四)4；004 回访的方式 1',
    ),
    r(
      '3.1-leak',
      '3.1',
      '房屋渗漏水',
      'Leak / seepage',
      `立即到场，${fx.leakHandleDays} 天内诊断处理；回访：${day(rc.leakNextDays)}，以及完成后第一个雨天之后 ${rc.rainRevisitDaysAfterRain} 天内。`,
      '000 (四)4；004 b',
    ),
    r(
      '3.1-safety',
      '3.1',
      '安全隐患',
      'Safety hazard',
      `立即处理；${rc.safetyDays} 天内回访；严重的在第一次回访后 ${rc.safetySevereSecondAfterDays} 天再回访一次。`,
      '004 a',
    ),
    r('3.1-pipe', '3.1', '管道堵塞或漏水', 'Pipe blockage or leak', `当天修复；${day(rc.pipeDays)}回访。`, '004 c'),
    r('3.1-appliance', '3.1', '家用电器', 'Household appliance', `当天检查；${day(rc.applianceDays)}回访。`, '004 d'),
    r('3.1-tv', '3.1', '电视信号', 'TV / signal reception', `${fx.tvDays} 天内修复；${day(rc.tvDays)}回访。`, '004 e'),
    r(
      '3.1-wallCrack',
      '3.1',
      '非危险性墙体裂缝',
      'Non-dangerous wall crack',
      `${fx.wallCrackDays} 天内修复；${rc.wallCrackFirstDays} 天内回访一次，${rc.wallCrackSecondDays} 天内再回访一次。`,
      '004 f',
    ),
    r(
      '3.1-other',
      '3.1',
      '其他维修',
      'Any other repair',
      `小修/急修当天完成；一般维修当天答复、${fx.generalFixDays} 天内完成；大修 ${fx.majorReplyDays} 天内答复、${fx.majorFixMinDays}–${fx.majorFixMaxDays} 天内完成；${rc.otherDays} 天内回访。`,
      '004 (2) 维修回访的原则；004 (4)',
    ),
    r(
      'C4',
      '3.2',
      '投诉回访',
      'Complaint callback',
      `每件投诉结案时上门回访（处理率 ${s.targets.handledPercent}%、回访率 ${s.targets.calledBackPercent}%），在标记处理完毕后 ${s.complaintCallbackDays} 天内完成。`,
      '001 策略；004 回访的方式 2；004 关于投诉的回访 (4)',
    ),
    r('C5', '3.2', '回访人员', 'Who calls back', '由谁回访取决于投诉级别（见 P5、P6）。', '004 回访的方式 2'),
    r('C6', '3.3', '首次特约服务', 'First special service', '首次为业主提供新的特约服务时，中心经理与大管家共同上门拜访。', '000 (五)4'),
    r('3.3-1', '3.3', '入住', 'Move-in', `入住日起 ${t.moveInWelcomeDays} 天内，管家（及健康管家）上门欢迎拜访并赠送小礼品。`, '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-2', '3.3', '入住三个月', '3 months after move-in', `入住满 ${t.moveInFollowUpMonths} 个月的那一周内电话或上门了解入住体验。`, '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-3', '3.3', '委托事项', 'Errand done', `为住户办理委托事项后，${day(t.errandConfirmDays)}电话确认。`, '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-4', '3.3', '急修/渗漏水维修', 'Urgent / leak repair', '按 3.1 维修回访表。', '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-5', '3.3', '社区活动', 'Community event', '社区活动前，带通知上门邀请（活动日前完成）。', '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-6', '3.3', '婚庆', 'Wedding', `得知住户婚庆后 ${t.weddingDays} 天内上门提供婚庆服务。`, '000 篇2 出现下述情况中心要安排回访'),
    r(
      '3.3-7',
      '3.3',
      '丧事或重大不幸',
      'Bereavement or misfortune',
      `得知后 ${t.bereavementDays} 天内上门慰问并提供帮助；住户生病 ${t.illnessDays} 天内探望。`,
      '000 篇2 出现下述情况中心要安排回访',
    ),
    r('3.3-8', '3.3', '投诉处理完毕', 'Complaint handled', `按 C4：${s.complaintCallbackDays} 天内上门回访。`, '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-9', '3.3', '收费', 'Fee collection', '按第 6 节收费规则。', '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-10', '3.3', '满意度调查', 'Satisfaction survey', '在调查期内完成。', '000 篇2 出现下述情况中心要安排回访'),
    r('3.3-11', '3.3', '怀孕/添丁', 'Pregnancy / birth', `得知后 ${t.birthDays} 天内与健康管家一同探访。`, '000 篇2 出现下述情况中心要安排回访'),
    // §4 Complaints
    r('P1', '4', '投诉渠道', 'Channels', '来电、来访、来函（含电子邮件）、管家走访时反映、其他（网上、媒体、政府部门）。', '002 篇2 四.2；001 投诉事件常规处理程序'),
    r(
      'P2',
      '4',
      '投诉类别',
      'Categories',
      '设施设备；管理服务（安全、一致性、礼貌、服务完整性、环境、便利、及时）；收费；突发事件（停电停水、困梯、水浸、盗窃、车辆丢失）。',
      '001 投诉内容的前瞻',
    ),
    r(
      'P3',
      '4',
      '投诉性质',
      'Nature',
      '有效投诉：因公司失职、疏忽或违约损害住户或公众利益，或经主管部门认定；沟通性投诉：求助、咨询、发泄。沟通性投诉处理不当可转为有效投诉。',
      '002 篇2 二.1',
    ),
    r('P4', '4', '处理流程', 'Workflow', '接诉 → 聆听记录 → 判断处理（分派部门并制定方案）→ 答复（R1/R2）→ 处理 → 回访（C4）→ 总结结案（原因、教训、改进）。每一步记录人员和时间。', '002 篇2 四.2；001 投诉事件常规处理程序'),
    r(
      'P5',
      '4',
      '投诉级别',
      'Escalation level',
      `一级（公司总经理牵头回访）：媒体曝光或政府部门介入、人身伤害、影响 ${e.level1HouseholdsAffected} 户及以上；二级（项目经理）：有效投诉且有财产损失或安全隐患、影响 ${e.level2HouseholdsAffected} 户及以上、同一住户 ${e.repeatWindowDays} 天内就同一事项第 ${e.level2PriorSameMatter + 1} 次投诉；三级（品质、客服、工程负责人）：有效投诉、${e.repeatWindowDays} 天内同一事项二次投诉；四级（受理的客服人员）：沟通性投诉。取适用的最高级别。`,
      '004 回访的方式 2；000 (五)3',
    ),
    r('P6', '4', '重大投诉', 'Major complaints', '一级、二级为重大投诉：由中心经理、大管家、责任部门负责人与管家共同回访。', '000 (五)3'),
    r(
      'P7',
      '4',
      '逾期升级',
      'Missed deadline raises the level',
      `每错过一个期限，级别自动升一级（四→三→二），仅因逾期最多升至${['', '一', '二', '三', '四'][e.missedDeadlineCeilingLevel] ?? e.missedDeadlineCeilingLevel}级；升级记录原因，级别不会自动降低。`,
      '004 回访的方式 2',
    ),
    r(
      'P8',
      '4',
      '考核目标',
      'Targets',
      `投诉处理率 ${s.targets.handledPercent}%，回访率 ${s.targets.calledBackPercent}%，月投诉率低于住户数的 ${s.targets.maxMonthlyComplaintRatePercent}%，同一事项不出现二次投诉。`,
      '004 关于投诉的回访 (3)(4)；001 策略五',
    ),
    // §5 Visits
    r('V1', '5', '入住户走访', 'Occupied households', '管家片区内每户已入住住户每个自然月至少走访一次（上门或电话）。', '000 篇2 (一)–(三)'),
    r('V2', '5', '未入住业主', 'Owners not moved in', '未入住业主每个自然季度至少电话回访一次。', '000 篇2 (一)–(三)'),
    r('V3', '5', '走访计划', 'Visit plans', '管家制定年度和月度走访计划，管家部主管在年初/月初审核并跟进落实；计划按楼栋 → 单元 → 楼层排列路线。', '000 第一步–第八步'),
    r(
      'V4',
      '5',
      '中心经理拜访',
      "Center manager's visits",
      `业委会主任${every(m.committeeChairEveryMonths)}（有业委会时）；重点关注住户${every(m.keyAttentionEveryMonths)}一户；社区${every(m.communityOfficeEveryMonths)}；房管局物管科${every(m.housingBureauEveryMonths)}。`,
      '000 篇2 (一)–(三)',
    ),
    r(
      'V5',
      '5',
      '电话回访时段',
      'Phone visit windows',
      `${forbidden}不打电话回访；其余日子仅在 ${windows} 内（含开始、不含结束）。住户不便时约定时间并记录。`,
      '000 (三)',
    ),
    r(
      'V6',
      '5',
      '走访记录',
      'Visit record',
      `记录方式（上门/电话）、目的、起止时间（首次上门拜访宜 ${s.visits.firstVisitMinMinutes}–${s.visits.firstVisitMaxMinutes} 分钟）、接待人、观察到的情况、住户意见及紧急程度；未当场答复的转为带 R1 期限的跟进事项。`,
      '000 第三步；000 第八步；000 (五)1',
    ),
    r('V7', '5', '个性化档案', 'Household profile', '走访所得记入住户个性化档案：家庭成员、职业、兴趣、重要事件、方便联系时间、关注点。', '000 第一步 三.3；000 第五步'),
    r('V8', '5', '走访准备', 'Visit preparation', '走访前显示住户档案、未结事项、欠费和最近走访记录。', '000 第一步 二、三.3'),
    // §6 Fees
    r('F1', '6', '账单', 'Bills', `物业费按月计收，每月 ${f.billDueDay} 日为缴费截止日。`, '003 第七招'),
    r('F2', '6', '逐户提醒', 'Individual reminders', `每月 ${f.reminderDays.join('、')} 日逐户提醒未缴费住户（短信、电话或上门，不得群发）。`, '003 第一招'),
    r('F3', '6', '欠费名单', 'Arrears list', `每月 ${f.arrearsListDay} 日前编制欠费名单，每户指定责任人；拒接电话或无联系方式的住户晚间上门。`, '001 三 (1)'),
    r(
      'F4',
      '6',
      '滞纳金',
      'Late fee',
      `逾期金额按日计收滞纳金，日费率 ${formatRate(f.lateFeeDailyRate)}；可设为 0，也可个案减免。`,
      '001 三 (2)；003 第八招',
    ),
    r('F5', '6', '承诺缴费', 'Payment promise', '记录承诺日期与金额；承诺日当天跟进；失约计入次数。', '003 第二招'),
    r(
      'F6',
      '6',
      '催缴步骤',
      'Dunning ladder',
      `①逐户提醒 ②个别跟进与承诺缴费 ③催费函（发出后 ${f.dunningLetterQuietDays} 天内不主动联系，之后跟进）④律师函（欠费满 ${f.lawyerLetterMinMonthsOverdue} 个月且已发 ${f.lawyerLetterMinLetters} 份催费函未缴，缴费期限为发函后 ${f.lawyerLetterPaymentDays} 天）⑤法律诉讼。每一步记录日期、人员和结果。`,
      '003 第八招；003 第九招',
    ),
    r('F7', '6', '催缴前核查', 'Dunning guard', '催缴以服务达标为前提：住户有未结投诉或维修时，任何催缴步骤前提示；发函（第 3、4 步）须主管确认。', '003 前言 3'),
    r('F8', '6', '联系人查找', 'Contact search', '无法联系的业主可登记其他联系人（家属、代理人、租户、工作单位）及来源。', '003 第四招'),
    r(
      'F9',
      '6',
      '欠费分类',
      'Arrears classification',
      '忘记/太忙；承诺不兑现；联系不上；对房屋质量有异议（整改户）；对公司有旧怨；联系得上但不露面；认为收费不合理；恶意欠费（3 个月以上、不理催费函）。',
      '003',
    ),
    // §7 Front desk
    r(
      'D1',
      '7',
      '前台服务标准',
      'Front desk standards',
      `投诉电话响铃 ${s.frontDesk.answerWithinRings} 声内接听；现场投诉 ${s.frontDesk.onSiteWithinMinutes} 分钟内到场；不能即时解决的向住户说明并上报。`,
      '001 投诉事件常规处理程序',
    ),
  ]
}

function formatRate(rate: number): string {
  const permille = Math.round(rate * 1000 * 1000) / 1000
  return `${permille}‰`
}
