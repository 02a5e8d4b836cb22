// The template download: headers, the 说明 sheet (listing the areas that exist) and two example rows. Admin and supervisor only.
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { assertCanImport } from './assert-can-import'
import { buildTemplate } from './build-template'

export async function downloadTemplate({ actor }: { actor: Actor }) {
  assertCanImport(actor)
  const areas = await db.area.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true } })
  return buildTemplate({ areas })
}
