import { STATE_LABELS, STATE_SENTENCES } from '@/lib/manifest/labels'
import type { ManifestState } from '@/lib/manifest/types'
import { Badge } from '@/components/ui/Badge'
import type { Tone } from '@/components/ui/styles'

/** Green only for what the chain vouches for; amber where the provider can change it; red where it did. */
const TONE: Record<ManifestState, Tone> = {
  verified: 'success',
  unverified: 'warning',
  changed: 'danger',
  invalid: 'danger',
  none: 'neutral',
  unreachable: 'neutral',
  pending: 'neutral',
}

/** "Verified" alone, on a card, does not say what was verified; the other labels name the manifest already. */
const SUFFIX: Partial<Record<ManifestState, string>> = { verified: ' manifest', unverified: ' manifest' }

/**
 * A service manifest's verification state at a glance (catalog cards, the service page, the review dialog): the
 * words carry it, colour only repeats them, and the full sentence is there for assistive technology and on hover.
 */
export function ManifestStateBadge({ state }: { state: ManifestState }) {
  return (
    <Badge tone={TONE[state]} shape="pill" data-testid="manifest-state" data-state={state} title={STATE_SENTENCES[state]}>
      {STATE_LABELS[state]}
      {SUFFIX[state]}
      <span className="sr-only">. {STATE_SENTENCES[state]}</span>
    </Badge>
  )
}
