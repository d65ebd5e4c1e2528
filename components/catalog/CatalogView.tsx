'use client'

import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import type { Service } from '@/lib/ocn/reads'
import { QueryView } from '@/components/ui/QueryView'
import { CatalogBrowser } from './CatalogBrowser'
import { CatalogSkeleton } from './CatalogSkeleton'

type Props = {
  network: Network
  /** The server's read; without it (a custom RPC) the browser reads the catalog itself. */
  initialServices?: Service[]
  /** findLookalikes(initialServices), computed on the server: over the whole catalog, never the filtered view. */
  initialLookalikes?: LookalikeReport
}

export function CatalogView({ network, initialServices, initialLookalikes }: Props) {
  const services = useOcnQuery(network, ['services'], (ctx) => import('@/lib/ocn/reads').then(({ readServices }) => readServices(ctx)), initialServices)
  return (
    <QueryView query={services} skeleton={<CatalogSkeleton />} errorTitle="The service catalog could not be loaded">
      {(all) => (
        <CatalogBrowser
          network={network}
          all={all}
          services={services}
          initial={initialServices && initialLookalikes ? { services: initialServices, report: initialLookalikes } : null}
        />
      )}
    </QueryView>
  )
}
