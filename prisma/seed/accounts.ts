// The demo center's staff. The README lists these accounts; keep both in step.
import type { Role } from '../../lib/db/generated/sqlite/enums'

export const DEMO_PASSWORD = 'demo1234'

export type DemoAccount = { username: string; name: string; role: Role; phone: string; title?: string; department?: string; areaCode?: string }

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'guanjia1', name: '王丽', role: 'housekeeper', phone: '13800000001', areaCode: 'A' },
  { username: 'guanjia2', name: '李强', role: 'housekeeper', phone: '13800000002', areaCode: 'B' },
  { username: 'guanjia3', name: '张敏', role: 'housekeeper', phone: '13800000003', areaCode: 'C' },
  { username: 'guanjia4', name: '刘洋', role: 'housekeeper', phone: '13800000004', areaCode: 'D' },
  { username: 'guanjia5', name: '陈静', role: 'housekeeper', phone: '13800000005', areaCode: 'E' },
  { username: 'zhuguan', name: '赵建华', role: 'supervisor', phone: '13800000011', title: 'chiefHousekeeper,customerServiceHead', department: 'customerService' },
  { username: 'jingli', name: '孙志刚', role: 'centerManager', phone: '13800000021', title: 'centerManager,qualityHead,projectManager,generalManager' },
  { username: 'qiantai1', name: '周雪', role: 'frontDesk', phone: '13800000031', department: 'customerService' },
  { username: 'qiantai2', name: '吴婷', role: 'frontDesk', phone: '13800000032', department: 'customerService' },
  { username: 'weixiu1', name: '郑师傅', role: 'technician', phone: '13800000041', title: 'engineeringHead', department: 'engineering' },
  { username: 'weixiu2', name: '冯师傅', role: 'technician', phone: '13800000042', department: 'engineering' },
  { username: 'admin', name: '系统管理员', role: 'admin', phone: '13800000099' },
]
