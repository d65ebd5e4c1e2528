'use client'

import { useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { parseCatalogQuery, serializeCatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { RefreshButton } from '@/components/ui/RefreshButton'
import { CatalogBrowser } from './CatalogBrowser'
import type { CatalogPageData } from './CatalogView'

/**
 * The catalog as the server filtered and paged it: every change of page, search or filter is a navigation that
 * the server renders, and Refresh asks the server for the current chain state.
 */
export function ServerCatalog({ network, data }: { network: Network; data: CatalogPageData }) {
  const { state: query, setState, pending } = useUrlState(parseCatalogQuery, serializeCatalogQuery, { renderer: 'server' })
  const router = useRouter()
  const [refreshing, startRefresh] = useTransition()
  return (
    <CatalogBrowser
      network={network}
      view={data}
      lookalikes={data.lookalikes}
      query={query}
      setQuery={setState}
      pending={pending}
      refresh={<RefreshButton refreshing={refreshing} failed={false} onRefresh={() => startRefresh(() => router.refresh())} />}
    />
  )
}
