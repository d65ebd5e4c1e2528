import { boundedMemo } from '../memo/bounded'
import { pageOf } from '../paging/page'
import {
  CATALOG_PAGE_SIZE,
  CARRIED_MANIFESTS,
  type CatalogFacets,
  type CatalogManifests,
  type CatalogPage,
  type CatalogQuery,
  type CatalogService,
  catalogFacets,
  filterCatalog,
  filtersManifests,
  serializeCatalogQuery,
  type SortKey,
  sortCatalog,
  withoutManifestFilters,
  withSummaries,
} from './query'

/**
 * Filtered lists kept per catalog. Enough for the sorts and the filters people actually click through; a visitor
 * typing searches only pushes the oldest out, so memory stays bounded whatever the URLs asked.
 */
export const CATALOG_MEMO_SIZE = 64

/**
 * The server's catalog for one snapshot: what every view of it would otherwise redo per request (sorting the
 * whole catalog with a collator, the facets, filtering it) is done once. Gives the same pages as `catalogPage`
 * over the same services; a new snapshot gets a new index, so nothing outlives the data it came from.
 */
export type CatalogOrders<S extends CatalogService> = {
  /** Without `manifests`, nobody checked them (as catalogPage): manifest filters are ignored and cards carry none. */
  page: (query: CatalogQuery, size?: number, manifests?: CatalogManifests | null) => CatalogPage<S>
  /** How many filtered lists are held now (at most CATALOG_MEMO_SIZE). */
  memoized: () => number
}

type Filtered<S> = { matched: S[]; pending: number }

export function createCatalogOrders<S extends CatalogService>(services: readonly S[], memoSize = CATALOG_MEMO_SIZE): CatalogOrders<S> {
  let facets: CatalogFacets | null = null
  const sorted = new Map<SortKey, readonly S[]>()
  const filtered = boundedMemo<string, Filtered<S>>(memoSize)

  const sortedBy = (sort: SortKey) => {
    let list = sorted.get(sort)
    if (!list) sorted.set(sort, (list = sortCatalog(services, sort)))
    return list
  }

  // Filtering keeps order, and the sort is stable: filtering the sorted whole gives what sorting the filtered does.
  // A manifest filter's list is kept under the manifests' epoch: a summary that changed makes a new list. Other
  // lists do not depend on manifests, so they outlive epochs (the cards' summaries are attached per page).
  const matching = (query: CatalogQuery, manifests: CatalogManifests): Filtered<S> => {
    const key = serializeCatalogQuery({ ...query, page: 1 })
    return filtered.get(filtersManifests(query) ? `${manifests.epoch}|${key}` : key, () => filterCatalog(sortedBy(query.sort), query, manifests))
  }

  return {
    page: (query, size = CATALOG_PAGE_SIZE, manifests = null) => {
      facets ??= catalogFacets(services)
      const { matched, pending } = manifests ? matching(query, manifests) : matching(withoutManifestFilters(query), CARRIED_MANIFESTS)
      const page = pageOf(matched, query.page, size)
      return { ...page, items: manifests ? withSummaries(page.items, manifests) : page.items, total: services.length, facets, manifests: manifests ? { pending } : null }
    },
    memoized: filtered.size,
  }
}
