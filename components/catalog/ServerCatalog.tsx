'use client'

import { useRouter } from 'next/navigation'
import { useMemo, useState, useTransition } from 'react'
import { CARRIED_MANIFESTS, parseCatalogQuery, serializeCatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import { useCatalogIndex } from '@/lib/hooks/useCatalogIndex'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { RefreshButton } from '@/components/ui/RefreshButton'
import { CatalogBrowser } from './CatalogBrowser'
import type { CatalogPageData } from './CatalogView'

/**
 * The catalog as the server filtered and paged it: every change of page, search or filter is a navigation that
 * the server renders, and Refresh asks the server for the current chain state. Once someone starts to search, the
 * catalog's client index loads; from then on (while it is of the page's version) search, filters and sort run in
 * the browser with the server's own functions, keystroke by keystroke, and only the address bar changes.
 */
export function ServerCatalog({ network, data }: { network: Network; data: CatalogPageData }) {
  const [searching, setSearching] = useState(false)
  const index = useCatalogIndex(network, data.indexVersion, searching)
  const [renderer, setRenderer] = useState<'server' | 'browser'>('server')
  const { state: query, setState, pending } = useUrlState(parseCatalogQuery, serializeCatalogQuery, { renderer })
  // Not while a server render of a search is on its way: landing after the browser's own URL updates, it would
  // take the address bar, and the search box, back to an older search.
  if (renderer === 'server' && index && !pending) setRenderer('browser')
  if (renderer === 'browser' && !index) setRenderer('server')
  const inBrowser = renderer === 'browser' && index !== null
  // The index's orders are sorted and its facets counted once, so a keystroke costs one filtering pass. Its
  // services carry the manifest summaries of the page's version.
  const view = useMemo(() => (inBrowser ? index.orders.page(query, undefined, CARRIED_MANIFESTS) : data), [inBrowser, index, query, data])
  const router = useRouter()
  const [refreshing, startRefresh] = useTransition()
  return (
    // Says where search runs now, for the tests and the benchmark, which time both paths.
    <div data-search-runs-in={inBrowser ? 'browser' : 'server'}>
      <CatalogBrowser
        network={network}
        view={view}
        lookalikes={inBrowser ? index.lookalikes : data.lookalikes}
        query={query}
        setQuery={setState}
        pending={pending}
        refresh={<RefreshButton refreshing={refreshing} failed={false} onRefresh={() => startRefresh(() => router.refresh())} />}
        onSearchStart={() => setSearching(true)}
        searchDelayMs={inBrowser ? 0 : undefined}
        pageInBrowser={inBrowser}
      />
    </div>
  )
}
