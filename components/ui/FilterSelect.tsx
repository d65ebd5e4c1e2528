import type { FilterOption } from '@/lib/registry/query'
import { CONTROL } from './styles'

type Props = { label: string; allLabel: string; value: string; options: readonly FilterOption[]; onChange: (value: string) => void }

/** A labelled single-choice filter whose empty choice means "all". */
export function FilterSelect({ label, allLabel, value, options, onChange }: Props) {
  return (
    <label className="text-sm">
      <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</span>
      <select className={CONTROL} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
