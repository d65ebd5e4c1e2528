import { ERROR_TEXT } from './styles'

/** A field's problem in words, tied to its input with aria-describedby (the id). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} data-testid="field-error" className={`mt-1 text-sm ${ERROR_TEXT}`}>
      {message}
    </p>
  )
}
