'use client'

import { useRouter } from 'next/navigation'
import { type ReactNode, useTransition } from 'react'
import { type CatalogFacets, parseCatalogQuery, serializeCatalogQuery } from '@/lib/catalog/query'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { RefreshButton } from '@/components/ui/RefreshButton'
import { CatalogBrowser } from './CatalogBrowser'

type Props = {
  facets: CatalogFacets
  count: string
  /** The cards, rendered on the server: only the filters and the pager's state are client code. */
  results: ReactNode
}

/**
 * The catalog as the server filtered and paged it: every change of page, search or filter is a navigation that
 * the server renders, and Refresh asks the server for the current chain state.
 */
export function ServerCatalog({ facets, count, results }: Props) {
  const { state: query, setState, pending } = useUrlState(parseCatalogQuery, serializeCatalogQuery, { renderer: 'server' })
  const router = useRouter()
  const [refreshing, startRefresh] = useTransition()
  return (
    <CatalogBrowser
      facets={facets}
      count={count}
      results={results}
      query={query}
      setQuery={setState}
      pending={pending}
      refresh={<RefreshButton refreshing={refreshing} failed={false} onRefresh={() => startRefresh(() => router.refresh())} />}
    />
  )
}
