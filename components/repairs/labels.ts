// Texts computed from the rules' settings: a callback's rule label ('C1 急修回访（完成后 24 小时内）') and the §3.1 fix target.
import type { RepairCallbackKey, Settings } from '@/lib/rules'
import type { FixTarget } from '@/lib/rules/repair-fix-targets'
import { baseCallbackKey } from '@/lib/server/repairs/deadlines'

type T = (key: string, values?: Record<string, string | number>) => string

function params(key: RepairCallbackKey, s: Settings): Record<string, number> | undefined {
  const rc = s.repairCallbacks
  const map: Record<RepairCallbackKey, Record<string, number>> = {
    'urgent-24h': { hours: rc.urgentHours },
    'leak-next-day': { days: rc.leakNextDays },
    'leak-after-rain': { days: rc.rainRevisitDaysAfterRain },
    'safety-7d': { days: rc.safetyDays },
    'safety-severe-second': { days: rc.safetySevereSecondAfterDays },
    'pipe-next-day': { days: rc.pipeDays },
    'appliance-next-day': { days: rc.applianceDays },
    'tv-next-day': { days: rc.tvDays },
    'wall-crack-5d': { days: rc.wallCrackFirstDays },
    'wall-crack-30d': { days: rc.wallCrackSecondDays },
    'other-7d': { days: rc.otherDays },
  }
  return map[key]
}

/** 'C1 渗漏水维修回访（次日）' — the rule and the callback's name with the center's current numbers. */
export function callbackLabel(t: T, c: { rule: string; key: string }, s: Settings) {
  const key = baseCallbackKey(c.key) as RepairCallbackKey
  const p = params(key, s)
  return `${c.rule} ${p ? t(`callbackKeys.${key}`, p) : key}`
}

export function fixTargetText(t: T, f: FixTarget) {
  return t(`fix.${f.kind}`, f.days)
}
