import { PRICING_LABELS } from '@/lib/manifest/labels'
import { PRICING_MODELS } from '@/lib/manifest/types'
import { Field, fieldAria } from '@/components/ui/Field'
import { INPUT } from '@/components/ui/styles'

type Props = { value: string; onChange: (value: string) => void; error?: string }

/** The pricing model, the key of the catalog's pricing filter. */
export function PricingModelSelect({ value, onChange, error }: Props) {
  return (
    <Field id="manifest-pricing-model" label="Pricing model" error={error}>
      <select {...fieldAria('manifest-pricing-model', { error })} className={INPUT} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a pricing model</option>
        {PRICING_MODELS.map((model) => (
          <option key={model} value={model}>
            {PRICING_LABELS[model]}
          </option>
        ))}
      </select>
    </Field>
  )
}
