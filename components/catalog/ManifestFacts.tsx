import { useTranslations } from 'next-intl'
import { categoryLabel, pricingLabel } from '@/lib/manifest/labels'
import type { ManifestSummary } from '@/lib/manifest/types'
import { Badge } from '@/components/ui/Badge'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * What a provider's manifest says a service is and costs, on a catalog card: its categories and pricing. Only a
 * trusted manifest's summary has any (a changed one's content stays on the service page, as a warning).
 */
export function ManifestFacts({ summary }: { summary: ManifestSummary }) {
  const t = useTranslations()
  if (summary.categories.length === 0 && !summary.pricing) return null
  return (
    <ul className="flex flex-wrap items-center gap-1.5">
      {summary.categories.map((category) => (
        <li key={category}>
          <Badge tone="info" shape="pill" data-testid="service-category" data-category={category}>
            {categoryLabel(category, t)}
          </Badge>
        </li>
      ))}
      {summary.pricing && (
        <li data-testid="service-pricing" data-model={summary.pricing} className={`text-xs ${TEXT_MUTED}`}>
          <span className="font-semibold">{pricingLabel(summary.pricing, t)}</span>
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
