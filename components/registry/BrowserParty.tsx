'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useBrowserPageRead } from '@/lib/hooks/useBrowserPageRead'
import type { PartyPageData } from '@/lib/ocn/page-reads'
import { partyView } from '@/lib/paging/views'
import { QueryView } from '@/components/ui/QueryView'
import { PartyArticle } from './PartyArticle'
import { PartyNotFound } from './PartyNotFound'
import { PartySkeleton } from './PartySkeleton'

// The forwarding preview loads with the party the browser read, not with the page.
const BrowserForwardPreview = dynamic(() => import('@/components/forwarding/BrowserForwardPreview').then((module) => module.BrowserForwardPreview), { ssr: false })

/** A party read by the browser from a custom RPC, its agreements paged as the server would page them. */
export function BrowserParty({ network, id, history }: { network: Network; id: string; history?: ReactNode }) {
  const t = useTranslations('party')
  const { page, read } = useBrowserPageRead<PartyPageData>(network, ['party-page', id], (ctx) =>
    import('@/lib/ocn/page-reads').then(({ readPartyPage }) => readPartyPage(ctx, id)),
  )
  return (
    <QueryView query={read} skeleton={<PartySkeleton />} errorTitle={t('loadError')}>
      {(data) => (data ? (
          <PartyArticle
            network={network}
            data={partyView(data, page)}
            pathname={`/parties/${encodeURIComponent(id)}`}
            history={history}
            forward={<BrowserForwardPreview network={network} party={data.party.address} />}
          />
        ) : <PartyNotFound />)}
    </QueryView>
  )
}
