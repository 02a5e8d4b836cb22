'use client'
// "Same matter as an earlier complaint": the household's recent complaints, loaded when a household is chosen.
import { useEffect, useState } from 'react'

type C = { id: string; no: string; registeredAt: string; residentWords: string }

export function RepeatOfSelect({ householdId, label, noneLabel, hint, defaultValue }: { householdId: string | null; label: string; noneLabel: string; hint: string; defaultValue?: string }) {
  const [list, setList] = useState<C[]>([])
  useEffect(() => {
    if (!householdId) return setList([])
    const ctl = new AbortController()
    fetch(`/api/complaints/recent?householdId=${encodeURIComponent(householdId)}`, { signal: ctl.signal })
      .then((r) => (r.ok ? r.json() : { complaints: [] }))
      .then((d: { complaints: C[] }) => setList(d.complaints))
      .catch(() => {})
    return () => ctl.abort()
  }, [householdId])
  return (
    <div>
      <label htmlFor="f-repeatOfId" className="label">
        {label}
      </label>
      <select id="f-repeatOfId" name="repeatOfId" className="input" defaultValue={defaultValue ?? ''} key={list.length} disabled={list.length === 0}>
        <option value="">{noneLabel}</option>
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.no} · {c.registeredAt.slice(5, 10)} · {c.residentWords.slice(0, 24)}
          </option>
        ))}
      </select>
      <p className="mt-1 text-xs text-slate-500">{hint}</p>
    </div>
  )
}
