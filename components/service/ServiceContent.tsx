'use client'

import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import type { ServicePageData } from '@/lib/ocn/page-reads'
import { QueryView } from '@/components/ui/QueryView'
import { ServiceArticle } from './ServiceArticle'
import { ServiceNotFound } from './ServiceNotFound'
import { ServiceSkeleton } from './ServiceSkeleton'

/** `initial` is the server's read; without it (a custom RPC) the browser reads the service itself. */
export function ServiceContent({ network, provider, initial }: { network: Network; provider: Address; initial?: ServicePageData | null }) {
  const page = useOcnQuery(network, ['service-page', provider], (ctx) => import('@/lib/ocn/page-reads').then(({ readServicePage }) => readServicePage(ctx, provider)), initial)
  return (
    <QueryView query={page} skeleton={<ServiceSkeleton />} errorTitle="This service could not be loaded">
      {(data) => (data ? <ServiceArticle network={network} data={data} /> : <ServiceNotFound />)}
    </QueryView>
  )
}
