import type { ReactNode } from 'react'
import { Field, fieldAria } from './Field'
import { INPUT } from './styles'

type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: ReactNode
  placeholder?: string
  disabled?: boolean
  mono?: boolean
}

/** A one-line text input as a Field. */
export function TextField({ id, label, value, onChange, error, hint, placeholder, disabled, mono }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        {...fieldAria(id, { hint, error })}
        className={`${INPUT} ${mono ? 'font-mono' : ''}`}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  )
}
