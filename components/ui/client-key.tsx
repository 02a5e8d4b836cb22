'use client'
import { useState } from 'react'

/** A hidden idempotency key made when the form opens; the server creates one record per key. */
export function ClientKeyInput({ name = 'clientKey' }: { name?: string }) {
  const [key] = useState(() => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`))
  return <input type="hidden" name={name} value={key} />
}
