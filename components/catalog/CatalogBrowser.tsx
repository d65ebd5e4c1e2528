'use client'

import type { UseQueryResult } from '@tanstack/react-query'
import { applyCatalogQuery, catalogFacets, isFiltered, parseCatalogQuery, serializeCatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import type { Service } from '@/lib/ocn/reads'
import { useLookalikes } from '@/lib/hooks/useLookalikes'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { CatalogFilters } from './CatalogFilters'
import { ServiceCard } from './ServiceCard'
import { EmptyState } from '@/components/ui/EmptyState'
import { RefreshButton } from '@/components/ui/RefreshButton'

/** The catalog's filters, sort and results, all in the URL; `services` is the read behind Refresh. */
type Props = {
  network: Network
  all: Service[]
  services: UseQueryResult<Service[]>
  /** The server's first read and its lookalikes; null when the browser read the catalog itself. */
  initial: { services: readonly Service[]; report: LookalikeReport } | null
}

export function CatalogBrowser({ network, all, services, initial }: Props) {
  const [query, setQuery] = useUrlState(parseCatalogQuery, serializeCatalogQuery)
  const lookalikes = useLookalikes(all, initial)
  const shown = applyCatalogQuery(all, query)

  return (
    <div className="grid gap-8 *:min-w-0 lg:grid-cols-[16rem_1fr]">
      <aside>
        <CatalogFilters query={query} onChange={setQuery} facets={catalogFacets(all)} />
      </aside>
      <section aria-labelledby="results-title">
        <div className="mb-3 flex items-center gap-3">
          <h2 id="results-title" className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="result-count">
            {shown.length === all.length ? `${all.length} services` : `${shown.length} of ${all.length} services`}
          </h2>
          <div className="ml-auto">
            <RefreshButton refreshing={services.isFetching} onRefresh={() => services.refetch()} failed={services.isError} />
          </div>
        </div>
        {all.length === 0 ? (
          <EmptyState title="No services yet" text={`Nobody has published an OCN service on ${network.name} yet.`} />
        ) : shown.length === 0 ? (
          <EmptyState
            title="Nothing matches your filters"
            text={isFiltered(query) ? 'Try fewer filters or another search.' : ''}
          />
        ) : (
          <ul className="space-y-4">
            {shown.map((service) => (
              <li key={service.provider}>
                <ServiceCard service={service} network={network} lookalikes={lookalikes[service.provider]} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
