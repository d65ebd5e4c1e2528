import type { Network, NetworkKind } from '@/lib/chain/networks'
import { Badge } from '@/components/ui/Badge'
import type { Tone } from '@/components/ui/styles'

const TONE: Record<NetworkKind, Tone> = { local: 'warning', testnet: 'info', mainnet: 'success' }

const KIND_LABEL: Record<NetworkKind, string> = { local: 'Local demo', testnet: 'Testnet', mainnet: 'Mainnet' }

export function NetworkBadge({ network }: { network: Network }) {
  return (
    <Badge
      tone={TONE[network.kind]}
      shape="pill"
      data-testid="network-badge"
      data-network-kind={network.kind}
      className="whitespace-nowrap"
      title={`${network.name}, chain id ${network.chainId}, RPC ${network.rpcUrl}`}
    >
      {KIND_LABEL[network.kind]}
      <span className="hidden sm:inline"> · {network.name}</span>
    </Badge>
  )
}
