import { STATE_LABELS } from '@/lib/manifest/labels'
import type { ManifestState } from '@/lib/manifest/types'
import { Badge } from '@/components/ui/Badge'
import type { Tone } from '@/components/ui/styles'

const TONE: Record<ManifestState, Tone> = {
  verified: 'success',
  unverified: 'warning',
  changed: 'danger',
  none: 'neutral',
  invalid: 'danger',
  unreachable: 'neutral',
  pending: 'neutral',
}

/** A manifest's verification state at a glance; the text always begins with the state's short label. */
export function ManifestStateBadge({ state }: { state: ManifestState }) {
  return (
    <Badge tone={TONE[state]} shape="pill" data-testid="manifest-state" data-state={state}>
      {STATE_LABELS[state]}
    </Badge>
  )
}
