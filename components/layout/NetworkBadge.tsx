import type { Network, NetworkKind } from '@/lib/chain/networks'

const STYLE: Record<NetworkKind, string> = {
  local: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  testnet: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  mainnet: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
}

const KIND_LABEL: Record<NetworkKind, string> = { local: 'Local demo', testnet: 'Testnet', mainnet: 'Mainnet' }

export function NetworkBadge({ network }: { network: Network }) {
  return (
    <span
      data-testid="network-badge"
      data-network-kind={network.kind}
      className={`whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${STYLE[network.kind]}`}
      title={`${network.name}, chain id ${network.chainId}, RPC ${network.rpcUrl}`}
    >
      {KIND_LABEL[network.kind]}
      <span className="hidden sm:inline"> · {network.name}</span>
    </span>
  )
}
