import { cn } from './cn'

/** A labelled list filter (GET form): an "all" choice and the options; the current value comes from the URL. */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  value,
  options,
  className,
}: {
  id: string
  name: string
  label: string
  allLabel: string
  value: string | undefined
  options: Array<{ value: string; label: string }>
  className?: string
}) {
  return (
    <div className={cn(className)}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="input">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
