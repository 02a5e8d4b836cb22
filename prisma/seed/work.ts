// Complaints, repairs and follow-ups in various states. Filled in as those features land.
import type { Faker } from '@faker-js/faker'
import type { Db } from '../../lib/db/client'

export async function seedWork(_db: Db, _f: Faker, _now: Date, _users: Record<string, string>) {
  return '投诉与报修示例待补充'
}
