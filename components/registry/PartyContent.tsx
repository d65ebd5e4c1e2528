'use client'

import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import type { PartyPageData } from '@/lib/ocn/page-reads'
import { QueryView } from '@/components/ui/QueryView'
import { PartyArticle } from './PartyArticle'
import { PartyNotFound } from './PartyNotFound'
import { PartySkeleton } from './PartySkeleton'

/** `initial` is the server's read; without it (a custom RPC) the browser reads the party itself. */
export function PartyContent({ network, id, initial }: { network: Network; id: string; initial?: PartyPageData | null }) {
  const page = useOcnQuery(network, ['party-page', id], (ctx) => import('@/lib/ocn/page-reads').then(({ readPartyPage }) => readPartyPage(ctx, id)), initial)
  return (
    <QueryView query={page} skeleton={<PartySkeleton />} errorTitle="This party could not be loaded">
      {(data) => (data ? <PartyArticle network={network} data={data} /> : <PartyNotFound />)}
    </QueryView>
  )
}
