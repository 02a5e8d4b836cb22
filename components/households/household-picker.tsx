'use client'
// Type a room number, a name or a phone; pick the household. The chosen id goes into a hidden input.
import { useEffect, useId, useState } from 'react'

type Hit = { id: string; roomNo: string; occupancy: string; residents: Array<{ name: string; phone: string | null; kind: string }> }

export function HouseholdPicker({
  name = 'householdId',
  label,
  error,
  initial,
  onChange,
}: {
  name?: string
  label: string
  error?: string
  initial?: { id: string; roomNo: string }
  onChange?: (h: { id: string; roomNo: string } | null) => void
}) {
  const listId = useId()
  const [q, setQ] = useState(initial?.roomNo ?? '')
  const [hits, setHits] = useState<Hit[]>([])
  const [chosen, setChosen] = useState<{ id: string; roomNo: string } | null>(initial ?? null)
  const [loading, setLoading] = useState(false)
  useEffect(() => onChange?.(chosen), [chosen]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (chosen && q === chosen.roomNo) return
    const s = q.trim()
    if (s.length < 1) return setHits([])
    const ctl = new AbortController()
    const timer = setTimeout(async () => {
      setLoading(true)
      try {
        const res = await fetch(`/api/households/search?q=${encodeURIComponent(s)}`, { signal: ctl.signal })
        if (res.ok) setHits(((await res.json()) as { hits: Hit[] }).hits)
      } catch {
        /* aborted or offline: keep the last hits */
      } finally {
        setLoading(false)
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      ctl.abort()
    }
  }, [q, chosen])

  return (
    <div>
      <label htmlFor={`${listId}-q`} className="label">
        {label}
        <span className="ml-0.5 text-red-600" aria-hidden>*</span>
      </label>
      <input
        id={`${listId}-q`}
        className="input"
        value={q}
        placeholder="房号如 3-2-1201，或住户姓名、电话"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${listId}-err` : undefined}
        onChange={(e) => {
          setQ(e.target.value)
          setChosen(null)
        }}
      />
      <input type="hidden" name={name} value={chosen?.id ?? ''} />
      {/* The room number comes back with a failed submit, so the choice is not lost. */}
      <input type="hidden" name={`${name}Label`} value={chosen?.roomNo ?? ''} />
      {chosen && <p className="mt-1 text-sm text-emerald-700" data-testid="household-chosen">已选择：{chosen.roomNo}</p>}
      {!chosen && q.trim() && (
        <ul role="listbox" aria-label="匹配的住户" className="mt-1 max-h-64 overflow-auto rounded-lg border border-slate-200 bg-white">
          {loading && hits.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">搜索中…</li>}
          {!loading && hits.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">没有找到匹配的住户</li>}
          {hits.map((h) => (
            <li key={h.id} role="option" aria-selected={false}>
              <button
                type="button"
                className="block min-h-11 w-full px-3 py-2 text-left text-sm hover:bg-slate-50"
                onClick={() => {
                  setChosen({ id: h.id, roomNo: h.roomNo })
                  setQ(h.roomNo)
                }}
              >
                <span className="font-medium">{h.roomNo}</span>{' '}
                <span className="text-slate-600">{h.residents.map((r) => `${r.name}${r.phone ? ` ${r.phone}` : ''}`).join('；')}</span>
                {h.occupancy === 'notMovedIn' && <span className="ml-1 text-xs text-slate-500">（未入住）</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${listId}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
