'use client'

import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import type { NetworkSummary } from '@/lib/ocn/reads'
import { QueryView } from '@/components/ui/QueryView'
import { FigureCard } from './FigureCard'
import { FiguresSkeleton } from './FiguresSkeleton'

/** The network's figures: from the server's read, or read by the browser on a custom RPC. */
export function OverviewFigures({ network, initial }: { network: Network; initial?: NetworkSummary }) {
  const summary = useOcnQuery(network, ['summary'], (ctx) => import('@/lib/ocn/reads').then(({ readSummary }) => readSummary(ctx)), initial)
  return (
    <QueryView query={summary} skeleton={<FiguresSkeleton />} errorTitle="The OCN network could not be read">
      {(data) => (
        <dl className="mt-3 grid grid-cols-2 gap-4 md:grid-cols-4">
          <FigureCard testId="figure-nodes" label="OCN nodes" value={data.nodes} hint="Nodes that route OCPI messages" />
          <FigureCard testId="figure-parties" label="Parties" value={data.parties} hint="CPOs, eMSPs and others listed in the Registry" />
          <FigureCard testId="figure-services" label="Services" value={data.services} hint="Live OCN services on offer" />
          <FigureCard testId="figure-agreements" label="Agreements" value={data.agreements} hint="Active agreements between parties and services" />
        </dl>
      )}
    </QueryView>
  )
}
