'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useBrowserPageRead } from '@/lib/hooks/useBrowserPageRead'
import type { ServicePageData } from '@/lib/ocn/page-reads'
import { serviceView } from '@/lib/paging/views'
import { QueryView } from '@/components/ui/QueryView'
import { ServiceArticle } from './ServiceArticle'
import { ServiceNotFound } from './ServiceNotFound'
import { ServiceSkeleton } from './ServiceSkeleton'

// Only a custom RPC's page checks the manifest from the browser: the operator's pages get it rendered by the server.
const LiveManifest = dynamic(() => import('./LiveManifest').then((module) => module.LiveManifest), { ssr: false })

/** A service read by the browser from a custom RPC, its agreeing parties paged as the server would page them. */
export function BrowserService({ network, provider, history }: { network: Network; provider: Address; history?: ReactNode }) {
  const t = useTranslations('service')
  const { page, read } = useBrowserPageRead<ServicePageData>(network, ['service-page', provider], (ctx) =>
    import('@/lib/ocn/page-reads').then(({ readServicePage }) => readServicePage(ctx, provider)),
  )
  return (
    <QueryView query={read} skeleton={<ServiceSkeleton />} errorTitle={t('loadError')}>
      {(data) => (data ? <ServiceArticle network={network} data={serviceView(data, page)} history={history} manifest={<LiveManifest network={network} url={data.service.url} />} /> : <ServiceNotFound />)}
    </QueryView>
  )
}
