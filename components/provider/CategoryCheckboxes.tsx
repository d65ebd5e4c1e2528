import { useTranslations } from 'next-intl'
import { categoryLabel } from '@/lib/manifest/labels'
import { CATEGORIES } from '@/lib/manifest/types'
import { FieldError } from '@/components/ui/FieldError'

type Props = { value: readonly string[]; onChange: (value: string[]) => void; error?: string }

/** The manifest's categories: what the catalog's category filter finds the service under. */
export function CategoryCheckboxes({ value, onChange, error }: Props) {
  const t = useTranslations()
  const toggle = (category: string) => onChange(value.includes(category) ? value.filter((c) => c !== category) : [...value, category])
  return (
    <fieldset className="text-sm" aria-describedby={error ? 'manifest-categories-error' : undefined}>
      <legend className="font-semibold">{t('manifest.field.categories')}</legend>
      <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        {CATEGORIES.map((category) => (
          <label key={category} className="flex items-center gap-2">
            <input type="checkbox" checked={value.includes(category)} onChange={() => toggle(category)} />
            {categoryLabel(category, t)}
          </label>
        ))}
      </div>
      <FieldError id="manifest-categories-error" message={error} />
    </fieldset>
  )
}
