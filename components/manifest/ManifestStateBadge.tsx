import { useTranslations } from 'next-intl'
import { stateLabel } from '@/lib/manifest/labels'
import type { ManifestState } from '@/lib/manifest/types'
import { Badge } from '@/components/ui/Badge'
import type { Tone } from '@/components/ui/styles'

/** Green only for what the chain vouches for; amber where the provider can change it; red where it did or it is broken. */
function toneOf(state: ManifestState): Tone {
  if (state === 'verified') return 'success'
  if (state === 'unverified') return 'warning'
  return state === 'changed' || state === 'invalid' ? 'danger' : 'neutral'
}

/** "Verified" alone, on a card, does not say what was verified; the other labels name the manifest already. */
const SUFFIX: Partial<Record<ManifestState, string>> = { verified: ' manifest', unverified: ' manifest' }

/**
 * A service manifest's verification state at a glance (catalog cards, the service page, the review dialog): the
 * words carry it, colour only repeats them. The full sentences (stateSentence) stay on the service page: the
 * catalog's first-load JavaScript has a budget (e2e/bundle-size.spec.ts).
 */
export function ManifestStateBadge({ state }: { state: ManifestState }) {
  const t = useTranslations()
  return (
    <Badge tone={toneOf(state)} shape="pill" data-testid="manifest-state" data-state={state}>
      {stateLabel(state, t)}
      {SUFFIX[state]}
    </Badge>
  )
}
