// The phone keeps what the housekeeper typed: a draft per household while the form is open, and an outbox of
// visits that could not be sent (no network). The outbox is sent again when the network is back and on the
// next page load; the visit's clientKey makes every resend create one visit.
import type { VisitDraft } from '@/lib/validation/visit'

const OUTBOX_KEY = 'gjt:visit-outbox:v1'
export const OUTBOX_EVENT = 'gjt:visit-outbox'

export type OutboxItem = {
  userId: string
  clientKey: string
  householdId: string
  roomNo: string
  payload: VisitDraft
  queuedAt: string
  /** the server refused it (400/404…): the housekeeper must open the form and fix it */
  error?: string
  fieldErrors?: Record<string, string[]>
}

export type SendResult =
  | { ok: true; id: string; householdId: string; duplicate: boolean }
  | { ok: false; kind: 'network' | 'auth' }
  | { ok: false; kind: 'refused'; status: number; message: string; fieldErrors?: Record<string, string[]> }

export type Draft = { userId: string; householdId: string; savedAt: string; data: VisitDraft }

export const draftKey = (userId: string, householdId: string) => `gjt:visit-draft:v1:${userId}:${householdId}`

function read<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : fallback
  } catch {
    return fallback
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, JSON.stringify(value))
  } catch {
    /* storage full or disabled: the form still works online */
  }
}

export function readDraft(userId: string, householdId: string): Draft | null {
  const d = read<Draft | null>(draftKey(userId, householdId), null)
  return d && d.userId === userId && d.data && typeof d.data.clientKey === 'string' ? d : null
}

export function saveDraft(userId: string, householdId: string, data: VisitDraft) {
  write(draftKey(userId, householdId), { userId, householdId, savedAt: new Date().toISOString(), data } satisfies Draft)
}

/** Removes the household's draft, only if it is still the one with this clientKey. */
export function clearDraft(userId: string, householdId: string, clientKey?: string) {
  const d = readDraft(userId, householdId)
  if (!d || clientKey === undefined || d.data.clientKey === clientKey) write(draftKey(userId, householdId), null)
}

export function readOutbox(userId: string): OutboxItem[] {
  return read<OutboxItem[]>(OUTBOX_KEY, []).filter((i) => i && i.userId === userId)
}

function writeAll(mutate: (all: OutboxItem[]) => OutboxItem[]) {
  const all = read<OutboxItem[]>(OUTBOX_KEY, [])
  write(OUTBOX_KEY, mutate(Array.isArray(all) ? all : []))
  window.dispatchEvent(new CustomEvent(OUTBOX_EVENT))
}

export function enqueue(item: OutboxItem) {
  writeAll((all) => [...all.filter((i) => i.clientKey !== item.clientKey), item])
}

export function dequeue(clientKey: string) {
  writeAll((all) => all.filter((i) => i.clientKey !== clientKey))
}

function markRefused(clientKey: string, message: string, fieldErrors?: Record<string, string[]>) {
  writeAll((all) => all.map((i) => (i.clientKey === clientKey ? { ...i, error: message, fieldErrors } : i)))
}

/** POST /api/visits. A fetch that throws (offline, connection lost) is a network failure: keep the visit. */
export async function sendVisit(payload: VisitDraft): Promise<SendResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ok: false, kind: 'network' }
  let res: Response
  try {
    res = await fetch('/api/visits', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), credentials: 'same-origin' })
  } catch {
    return { ok: false, kind: 'network' }
  }
  if (res.status === 401) return { ok: false, kind: 'auth' }
  if (res.status >= 500 || res.status === 408 || res.status === 429) return { ok: false, kind: 'network' }
  let body: { id?: string; householdId?: string; duplicate?: boolean; message?: string; fieldErrors?: Record<string, string[]> } = {}
  try {
    body = await res.json()
  } catch {
    return { ok: false, kind: 'network' }
  }
  if (res.ok && body.id) return { ok: true, id: body.id, householdId: body.householdId ?? payload.householdId, duplicate: body.duplicate === true }
  return { ok: false, kind: 'refused', status: res.status, message: body.message ?? `HTTP ${res.status}`, fieldErrors: body.fieldErrors }
}

let flushing: Promise<{ sent: string[] }> | null = null

/** Sends the user's queued visits one by one; stops at the first network failure. */
export function flushOutbox(userId: string): Promise<{ sent: string[] }> {
  if (flushing) return flushing
  flushing = (async () => {
    const sent: string[] = []
    try {
      for (const item of readOutbox(userId)) {
        if (item.error) continue
        const r = await sendVisit(item.payload)
        if (r.ok) {
          dequeue(item.clientKey)
          clearDraft(userId, item.householdId, item.clientKey)
          sent.push(item.clientKey)
        } else if (r.kind === 'refused') {
          markRefused(item.clientKey, r.message, r.fieldErrors)
        } else {
          break
        }
      }
    } finally {
      flushing = null
    }
    if (sent.length > 0) window.dispatchEvent(new CustomEvent(OUTBOX_EVENT, { detail: { sent } }))
    return { sent }
  })()
  return flushing
}
