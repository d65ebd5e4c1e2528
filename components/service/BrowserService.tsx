'use client'

import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import { usePageParam } from '@/lib/hooks/usePageParam'
import type { ServicePageData } from '@/lib/ocn/page-reads'
import { serviceView } from '@/lib/paging/views'
import { QueryView } from '@/components/ui/QueryView'
import { ServiceArticle } from './ServiceArticle'
import { ServiceNotFound } from './ServiceNotFound'
import { ServiceSkeleton } from './ServiceSkeleton'

/** A service read by the browser from a custom RPC, its agreeing parties paged as the server would page them. */
export function BrowserService({ network, provider }: { network: Network; provider: Address }) {
  const page = usePageParam()
  const read = useOcnQuery<ServicePageData | null>(
    network,
    ['service-page', provider],
    (ctx) => import('@/lib/ocn/page-reads').then(({ readServicePage }) => readServicePage(ctx, provider)),
    undefined,
  )
  return (
    <QueryView query={read} skeleton={<ServiceSkeleton />} errorTitle="This service could not be loaded">
      {(data) => (data ? <ServiceArticle network={network} data={serviceView(data, page)} /> : <ServiceNotFound />)}
    </QueryView>
  )
}
