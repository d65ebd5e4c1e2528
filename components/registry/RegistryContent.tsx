'use client'

import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import type { RegistryPageData } from '@/lib/ocn/page-reads'
import { QueryView } from '@/components/ui/QueryView'
import { NodeList } from './NodeList'
import { RegistrySkeleton } from './RegistrySkeleton'
import { RegistryView } from './RegistryView'

/** `initial` is the server's read; without it (a custom RPC) the browser reads the Registry itself. */
export function RegistryContent({ network, initial }: { network: Network; initial?: RegistryPageData }) {
  const registry = useOcnQuery(network, ['registry-page'], (ctx) => import('@/lib/ocn/page-reads').then(({ readRegistryPage }) => readRegistryPage(ctx)), initial)
  return (
    <QueryView query={registry} skeleton={<RegistrySkeleton />} errorTitle="The Registry could not be read">
      {({ parties, nodes, providers }) => (
        <>
          <section aria-labelledby="parties-title" className="space-y-3">
            <h2 id="parties-title" className="text-lg font-semibold">
              Parties
            </h2>
            <RegistryView network={network} parties={parties} providers={providers} />
          </section>
          <section aria-labelledby="nodes-title" className="space-y-3">
            <h2 id="nodes-title" className="text-lg font-semibold">
              Nodes
            </h2>
            <NodeList nodes={nodes} parties={parties} network={network} />
          </section>
        </>
      )}
    </QueryView>
  )
}
