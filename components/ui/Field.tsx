import type { ReactNode } from 'react'
import { ERROR_TEXT, TEXT_MUTED } from './styles'

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }

/** The attributes a field's control needs so its hint and error are read out with it. */
export function fieldAria(id: string, { hint, error }: { hint?: unknown; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return { id, 'aria-invalid': !!error, 'aria-describedby': describedBy || undefined }
}

/** A labelled form control with its hint and its error; the control itself comes as children (spread `fieldAria` on it). */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div className="block text-sm">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={`text-xs ${TEXT_MUTED}`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className={ERROR_TEXT}>
          {error}
        </p>
      )}
    </div>
  )
}
