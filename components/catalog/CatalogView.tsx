'use client'

import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import { readServices, type Service } from '@/lib/ocn/reads'
import { QueryView } from '@/components/ui/QueryView'
import { CatalogBrowser } from './CatalogBrowser'
import { CatalogSkeleton } from './CatalogSkeleton'

/** `initialServices` is the server's read; without it (a custom RPC) the browser reads the catalog itself. */
export function CatalogView({ network, initialServices }: { network: Network; initialServices?: Service[] }) {
  const services = useOcnQuery(network, ['services'], readServices, initialServices)
  return (
    <QueryView query={services} skeleton={<CatalogSkeleton />} errorTitle="The service catalog could not be loaded">
      {(all) => <CatalogBrowser network={network} all={all} services={services} />}
    </QueryView>
  )
}
