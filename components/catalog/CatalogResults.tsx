import { type CatalogPage, type CatalogQuery, isFiltered, serializeCatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import { EmptyState } from '@/components/ui/EmptyState'
import { Pagination } from '@/components/ui/Pagination'
import { ServiceCard } from './ServiceCard'

type Props = {
  network: Network
  view: CatalogPage
  /** Flags for (at least) the services on this page, computed over the whole catalog. */
  lookalikes: LookalikeReport
  query: CatalogQuery
}

/**
 * One page of service cards, or why there are none. No client code: on the operator's network the server renders
 * it, so the browser neither downloads nor runs anything per card; on a custom RPC the browser renders the same.
 */
export function CatalogResults({ network, view, lookalikes, query }: Props) {
  if (view.total === 0) return <EmptyState title="No services yet" text={`Nobody has published an OCN service on ${network.name} yet.`} />
  if (view.matched === 0) return <EmptyState title="Nothing matches your filters" text={isFiltered(query) ? 'Try fewer filters or another search.' : ''} />
  return (
    <>
      <ul className="space-y-4">
        {view.items.map((service) => (
          <li key={service.provider}>
            <ServiceCard service={service} network={network} lookalikes={lookalikes[service.provider]} />
          </li>
        ))}
      </ul>
      <Pagination page={view.page} pages={view.pages} pathname="/services" search={serializeCatalogQuery(query)} label="Catalog pages" />
    </>
  )
}
