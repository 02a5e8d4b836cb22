// 房号 such as 1201: the floor is everything but the last two digits, the door the last two (docs/decisions/0003).

export type ParsedRoom = { ok: true; floor: number; room: string } | { ok: false; reason: string }

export function parseRoom(input: string): ParsedRoom {
  const s = input.trim().replace(/[室号]$/, '')
  if (s === '') return { ok: false, reason: '请填写房号' }
  if (!/^\d{3,4}$/.test(s)) return { ok: false, reason: '房号应为楼层加两位门牌号，如 1201（12 层 01 室）或 302' }
  const floor = Number(s.slice(0, -2))
  const door = s.slice(-2)
  if (floor < 1) return { ok: false, reason: '房号中的楼层不能为 0，如 302 表示 3 层 02 室' }
  if (door === '00') return { ok: false, reason: '房号的门牌号（最后两位）不能是 00' }
  // Normalised: 0302 and 302 are the same home.
  return { ok: true, floor, room: `${floor}${door}` }
}

export function roomNoOf(building: string, unit: number, room: string) {
  return `${building}-${unit}-${room}`
}
