import { Field, fieldAria } from './Field'
import { INPUT } from './styles'

type Props = { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; hint?: string; rows?: number }

/** A multi-line text input as a Field. */
export function TextAreaField({ id, label, value, onChange, error, hint, rows = 5 }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea {...fieldAria(id, { hint, error })} className={INPUT} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}
