import { useTranslations } from 'next-intl'
import type { Network, NetworkKind } from '@/lib/chain/networks'
import { Badge } from '@/components/ui/Badge'
import type { Tone } from '@/components/ui/styles'

const TONE: Record<NetworkKind, Tone> = { local: 'warning', testnet: 'info', mainnet: 'success' }

/**
 * The network's name, and its kind where there is room (`withKind`); what it reads (chain id, RPC) is said in the
 * switcher's dialog, not in a tooltip.
 */
export function NetworkBadge({ network, withKind = true }: { network: Network; withKind?: boolean }) {
  const t = useTranslations('network')
  return (
    <Badge tone={TONE[network.kind]} shape="pill" data-testid="network-badge" data-network-kind={network.kind} className="whitespace-nowrap">
      {withKind && <>{t('kind', { kind: network.kind })} · </>}
      {network.name}
    </Badge>
  )
}
