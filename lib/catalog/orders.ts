import { boundedMemo } from '../memo/bounded'
import { pageOf } from '../paging/page'
import { CATALOG_PAGE_SIZE, type CatalogFacets, type CatalogPage, type CatalogQuery, type CatalogService, catalogFacets, matchesCatalogQuery, serializeCatalogQuery, type SortKey, sortCatalog } from './query'

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
  page: (query: CatalogQuery, size?: number) => CatalogPage<S>
  /** How many filtered lists are held now (at most CATALOG_MEMO_SIZE). */
  memoized: () => number
}

export function createCatalogOrders<S extends CatalogService>(services: readonly S[], memoSize = CATALOG_MEMO_SIZE): CatalogOrders<S> {
  let facets: CatalogFacets | null = null
  const sorted = new Map<SortKey, readonly S[]>()
  const filtered = boundedMemo<string, S[]>(memoSize)

  const sortedBy = (sort: SortKey) => {
    let list = sorted.get(sort)
    if (!list) sorted.set(sort, (list = sortCatalog(services, sort)))
    return list
  }

  // Filtering keeps order, and the sort is stable: filtering the sorted whole gives what sorting the filtered does.
  const matching = (query: CatalogQuery): S[] =>
    filtered.get(serializeCatalogQuery({ ...query, page: 1 }), () => sortedBy(query.sort).filter((service) => matchesCatalogQuery(service, query)))

  return {
    page: (query, size = CATALOG_PAGE_SIZE) => {
      facets ??= catalogFacets(services)
      return { ...pageOf(matching(query), query.page, size), total: services.length, facets }
    },
    memoized: filtered.size,
  }
}
