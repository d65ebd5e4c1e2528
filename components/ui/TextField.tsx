type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  placeholder?: string
  disabled?: boolean
  mono?: boolean
}

export function TextField({ id, label, value, onChange, error, placeholder, disabled, mono }: Props) {
  return (
    <label className="block text-sm">
      <span className="font-semibold">{label}</span>
      <input
        className={`mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 ${mono ? 'font-mono' : ''}`}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <span id={`${id}-error`} className="text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </label>
  )
}
