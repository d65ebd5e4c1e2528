'use client'

import type { CatalogPage } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import { BrowserCatalog } from './BrowserCatalog'
import { ServerCatalog } from './ServerCatalog'

/** One page of the catalog as the server sends it, with the lookalike flags (over the whole catalog) of its services. */
export type CatalogPageData = CatalogPage & { lookalikes: LookalikeReport }

type Props = {
  network: Network
  /** The server's page; without it (a custom RPC) the browser reads and pages the catalog itself. */
  initial?: CatalogPageData
}

export function CatalogView({ network, initial }: Props) {
  return initial ? <ServerCatalog network={network} data={initial} /> : <BrowserCatalog network={network} />
}
