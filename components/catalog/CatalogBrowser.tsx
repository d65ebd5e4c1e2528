'use client'

import type { ReactNode } from 'react'
import type { CatalogFacets, CatalogQuery } from '@/lib/catalog/query'
import type { UrlUpdate } from '@/lib/hooks/useUrlState'
import { CatalogFilters } from './CatalogFilters'

/** One page of the catalog with its filters, whoever filtered and paged it (the server, or the browser on a custom RPC). */
type Props = {
  facets: CatalogFacets
  /** "Showing 1–24 of 1,000 services", for the page shown. */
  count: string
  /** The page's cards (CatalogResults), rendered by whoever filtered and paged them. */
  results: ReactNode
  query: CatalogQuery
  setQuery: (query: CatalogQuery, update: UrlUpdate) => void
  /** The next page or filter is being rendered: the current results stay, dimmed. */
  pending: boolean
  refresh: ReactNode
}

export function CatalogBrowser({ facets, count, results, query, setQuery, pending, refresh }: Props) {
  // Any change of search, filter or sort starts again from the first page.
  const refine = (next: CatalogQuery, update: UrlUpdate) => setQuery({ ...next, page: 1 }, update)

  return (
    <div className="grid gap-8 *:min-w-0 lg:grid-cols-[16rem_1fr]">
      <aside>
        <CatalogFilters query={query} onChange={refine} facets={facets} />
      </aside>
      <section aria-labelledby="results-title" aria-busy={pending}>
        <div className="mb-3 flex items-center gap-3">
          <h2 id="results-title" className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="result-count" elementtiming="catalog-count">
            {count}
          </h2>
          <div className="ml-auto">{refresh}</div>
        </div>
        <div className={pending ? 'opacity-60 transition-opacity' : undefined}>{results}</div>
      </section>
    </div>
  )
}
