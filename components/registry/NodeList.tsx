import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import { spellingTwins } from '@/lib/ocn/node-url'
import type { Node, Party } from '@/lib/ocn/reads'
import { AddressTag } from '@/components/ui/AddressTag'
import { EmptyState } from '@/components/ui/EmptyState'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { NodeSpellingTwins } from './NodeSpellingTwins'

export function NodeList({ nodes, parties, network }: { nodes: Node[]; parties: Party[]; network: Network }) {
  if (nodes.length === 0) return <EmptyState title="No OCN nodes are listed yet" />
  const twins = spellingTwins(nodes)
  return (
    <ul data-testid="node-list" className="grid gap-3 *:min-w-0 sm:grid-cols-2">
      {nodes.map((node) => (
        <li key={node.operator} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          <div className="font-mono text-sm font-semibold">
            <UntrustedText value={node.domain} max={60} />
          </div>
          <NodeSpellingTwins twins={twins.get(node.operator)} />
          <p className="mt-1 text-xs text-slate-500">
            operator <AddressTag address={node.operator} explorerUrl={explorerAddressUrl(network, node.operator)} />
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {parties.filter((p) => p.operator === node.operator).length} parties
          </p>
        </li>
      ))}
    </ul>
  )
}
