import type { CatalogPage, CatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import { describeRange } from '@/lib/paging/page'
import { BrowserCatalog } from './BrowserCatalog'
import { CatalogResults } from './CatalogResults'
import { ServerCatalog } from './ServerCatalog'

/** One page of the catalog as the server sends it, with the lookalike flags (over the whole catalog) of its services. */
export type CatalogPageData = CatalogPage & { lookalikes: LookalikeReport }

type Props = {
  network: Network
  query: CatalogQuery
  /** The server's page; without it (a custom RPC) the browser reads and pages the catalog itself. */
  initial?: CatalogPageData
}

/**
 * The server's page reaches the browser as HTML with only the filters as client code: the cards are server
 * components, so the browser downloads and runs no card component. No Suspense boundary here: the client
 * components it holds would not be ready when the shell is sent, so React would stream a fallback and reveal
 * the catalog only 300 ms after the first paint.
 */
export function CatalogView({ network, query, initial }: Props) {
  if (!initial) return <BrowserCatalog network={network} />
  return (
    <ServerCatalog
      facets={initial.facets}
      count={describeRange(initial, initial.total, 'services')}
      results={<CatalogResults network={network} view={initial} lookalikes={initial.lookalikes} query={query} />}
    />
  )
}
