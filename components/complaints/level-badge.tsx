import { Badge } from '@/components/ui/badge'

const TONES = { 1: 'red', 2: 'red', 3: 'amber', 4: 'gray' } as const

export function LevelBadge({ level, label }: { level: number; label: string }) {
  return (
    <Badge tone={TONES[level as 1 | 2 | 3 | 4] ?? 'gray'} className="whitespace-nowrap">
      {label}
    </Badge>
  )
}
