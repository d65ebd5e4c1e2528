'use client'

import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { type CatalogPage, type CatalogQuery, type CatalogService, isFiltered, serializeCatalogQuery } from '@/lib/catalog/query'
import type { Network } from '@/lib/chain/networks'
import type { UrlUpdate } from '@/lib/hooks/useUrlState'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import { describeRange } from '@/lib/paging/page'
import { CatalogFilters } from './CatalogFilters'
import { ManifestNote } from './ManifestNote'
import { ServiceCard } from './ServiceCard'
import { EmptyState } from '@/components/ui/EmptyState'
import { Pagination } from '@/components/ui/Pagination'
import { TEXT_MUTED } from '@/components/ui/styles'

/** One page of the catalog with its filters, whoever filtered and paged it (the server, or the browser on a custom RPC). */
type Props = {
  network: Network
  view: CatalogPage<CatalogService>
  /** Flags for (at least) the services on this page, computed over the whole catalog. */
  lookalikes: LookalikeReport
  query: CatalogQuery
  setQuery: (query: CatalogQuery, update: UrlUpdate) => void
  /** The next page or filter is being rendered: the current results stay, dimmed. */
  pending: boolean
  refresh: ReactNode
  /** Someone started to search or filter (focus in the filters): the server catalog fetches its client index. */
  onSearchStart?: () => void
  /** How long typing pauses before the search applies: long when each search is a server render, 0 in the browser. */
  searchDelayMs?: number
  /** The whole catalog is in the browser: the pager turns pages without asking the server. */
  pageInBrowser?: boolean
}

export function CatalogBrowser({ network, view, lookalikes, query, setQuery, pending, refresh, onSearchStart, searchDelayMs, pageInBrowser }: Props) {
  const t = useTranslations()
  // Any change of search, filter or sort starts again from the first page.
  const refine = (next: CatalogQuery, update: UrlUpdate) => setQuery({ ...next, page: 1 }, update)
  const turnTo = (page: number) => {
    setQuery({ ...query, page }, { history: 'push' })
    // As a link to the next page would: its first card, not the pager, is where reading goes on.
    document.getElementById('results-title')?.scrollIntoView()
  }

  return (
    <div className="grid gap-8 *:min-w-0 lg:grid-cols-[16rem_1fr]">
      <aside>
        <CatalogFilters query={query} onChange={refine} facets={view.facets} onStart={onSearchStart} searchDelayMs={searchDelayMs} manifests={view.manifests !== null} />
      </aside>
      <section aria-labelledby="results-title" aria-busy={pending}>
        <div className="mb-3 flex items-center gap-3">
          <h2 id="results-title" className={`text-sm ${TEXT_MUTED}`} aria-live="polite" data-testid="result-count" elementtiming="catalog-count">
            {describeRange(view, view.total, 'services', t)}
          </h2>
          <div className="ml-auto">{refresh}</div>
        </div>
        <ManifestNote view={view} query={query} />
        {view.total === 0 ? (
          <EmptyState title={t('catalog.empty')} text={t('catalog.emptyText', { network: network.name })} />
        ) : view.matched === 0 ? (
          <EmptyState title={t('catalog.noMatch')} text={isFiltered(query) ? t('catalog.noMatchText') : ''} />
        ) : (
          <div className={pending ? 'opacity-60 transition-opacity' : undefined}>
            <ul className="space-y-4">
              {view.items.map((service) => (
                <li key={service.provider}>
                  <ServiceCard service={service} network={network} lookalikes={lookalikes[service.provider]} />
                </li>
              ))}
            </ul>
            <Pagination
              page={view.page}
              pages={view.pages}
              pathname="/services"
              search={serializeCatalogQuery(query)}
              label={t('catalog.pagesLabel')}
              onPage={pageInBrowser ? turnTo : undefined}
            />
          </div>
        )}
      </section>
    </div>
  )
}
