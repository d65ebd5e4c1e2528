import { pricingLabel } from '@/lib/manifest/labels'
import { useTranslations } from 'next-intl'
import { PRICING_MODELS } from '@/lib/manifest/types'
import { Field, fieldAria } from '@/components/ui/Field'
import { INPUT } from '@/components/ui/styles'

type Props = { value: string; onChange: (value: string) => void; error?: string }

/** The pricing model, the key of the catalog's pricing filter. */
export function PricingModelSelect({ value, onChange, error }: Props) {
  const t = useTranslations()
  return (
    <Field id="manifest-pricing-model" label={t('manifest.field.pricingModel')} error={error}>
      <select {...fieldAria('manifest-pricing-model', { error })} className={INPUT} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('provider.manifest.choosePricing')}</option>
        {PRICING_MODELS.map((model) => (
          <option key={model} value={model}>
            {pricingLabel(model, t)}
          </option>
        ))}
      </select>
    </Field>
  )
}
