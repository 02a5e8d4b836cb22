/** One labelled value inside a `<dl>` on a record page. */
export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

/** A labelled block of free text (a plan, a reply, a summary); line breaks kept. */
export function LongFact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <p className="text-slate-500">{label}</p>
      <p className="whitespace-pre-wrap">{value}</p>
    </div>
  )
}
