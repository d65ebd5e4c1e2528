import { useTranslations } from 'next-intl'
import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import type { Page } from '@/lib/paging/page'
import { NODE_PAGE_PARAM, type NodeRow } from '@/lib/registry/query'
import { AddressTag } from '@/components/ui/AddressTag'
import { EmptyState } from '@/components/ui/EmptyState'
import { Pagination } from '@/components/ui/Pagination'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { NodeSpellingTwins } from './NodeSpellingTwins'
import { TEXT_MUTED } from '@/components/ui/styles'

/** One page of the listed nodes; `search` is the Registry's query string, kept by the page links. */
export function NodeList({ nodes, network, search }: { nodes: Page<NodeRow>; network: Network; search: string }) {
  const t = useTranslations('registry')
  if (nodes.matched === 0) return <EmptyState title={t('noNodes')} />
  return (
    <div>
      <ul data-testid="node-list" className="grid gap-3 *:min-w-0 sm:grid-cols-2">
        {nodes.items.map((node) => (
          <li key={node.operator} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
            <div className="font-mono text-sm font-semibold">
              <UntrustedText value={node.domain} max={60} />
            </div>
            <NodeSpellingTwins twins={node.twins} />
            <p className={`mt-1 text-xs ${TEXT_MUTED}`}>
              {t('nodeOperator')} <AddressTag address={node.operator} explorerUrl={explorerAddressUrl(network, node.operator)} full />
            </p>
            <p className={`mt-1 text-sm ${TEXT_MUTED}`}>{t('nodeParties', { count: node.parties })}</p>
          </li>
        ))}
      </ul>
      <Pagination page={nodes.page} pages={nodes.pages} pathname="/registry" search={search}  label={t('nodePages')} param={NODE_PAGE_PARAM} />
    </div>
  )
}
