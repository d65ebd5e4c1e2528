import { Field, fieldAria } from '@/components/ui/Field'
import { INPUT } from '@/components/ui/styles'

type Props = { id: string; label: string; value: string; onChange: (value: string) => void; placeholder: string; maxLength: number; error?: string }

/** One half of the OCPI credentials (country code, party ID): upper-case letters, read out with the clash message too. */
export function CredentialField({ id, label, value, onChange, placeholder, maxLength, error }: Props) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        {...fieldAria(id, { error, also: 'credentials-error' })}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        autoCapitalize="characters"
        spellCheck={false}
        className={`${INPUT} font-mono`}
      />
    </Field>
  )
}
