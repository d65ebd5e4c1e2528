import { CATEGORY_LABELS, PRICING_LABELS } from '@/lib/manifest/labels'
import type { ManifestSummary } from '@/lib/manifest/types'
import { UntrustedText } from '@/components/ui/UntrustedText'

const CHIP = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1'

/**
 * What a provider's manifest says a service is and costs, on a catalog card: its categories and pricing. Only a
 * trusted manifest's summary has any (a changed one's content stays on the service page, as a warning).
 */
export function ManifestFacts({ summary }: { summary: ManifestSummary }) {
  if (summary.categories.length === 0 && !summary.pricing) return null
  return (
    <ul className="flex flex-wrap items-center gap-1.5" aria-label="From the provider's manifest">
      {summary.categories.map((category) => (
        <li
          key={category}
          data-testid="service-category"
          data-category={category}
          className={`${CHIP} bg-indigo-50 text-indigo-900 ring-indigo-200 dark:bg-indigo-950/50 dark:text-indigo-200 dark:ring-indigo-900`}
        >
          {CATEGORY_LABELS[category]}
        </li>
      ))}
      {summary.pricing && (
        <li data-testid="service-pricing" data-model={summary.pricing} className="text-xs text-slate-600 dark:text-slate-400">
          <span className="font-semibold">{PRICING_LABELS[summary.pricing]}</span>
          {summary.pricingText && (
            <>
              {' · '}
              <UntrustedText value={summary.pricingText} max={80} empty="" />
            </>
          )}
        </li>
      )}
    </ul>
  )
}
