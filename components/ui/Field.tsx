import type { ReactNode } from 'react'
import { FieldError } from './FieldError'
import { TEXT_MUTED } from './styles'

type Props = { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }

/** The attributes a field's control needs so its hint and error (and `also`: a message it shares) are read out with it. */
export function fieldAria(id: string, { hint, error, also }: { hint?: unknown; error?: string; also?: string }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', also ?? ''].filter(Boolean).join(' ')
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
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
