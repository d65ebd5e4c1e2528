'use client'

import { useQuery } from '@tanstack/react-query'
import type { CatalogIndex } from '@/lib/catalog/index-codec'
import type { CatalogOrders } from '@/lib/catalog/orders'
import { type CatalogService, prepareSearch } from '@/lib/catalog/query'
import { sameCatalog } from '@/lib/catalog/version'
import { type Network, networkKey } from '@/lib/chain/networks'

export const CATALOG_INDEX_PATH = '/api/catalog-index'

/** The index with the server's own per-snapshot catalog over it (lib/catalog/orders.ts): sorts and facets once. */
export type LoadedCatalogIndex = CatalogIndex & { orders: CatalogOrders<CatalogService> }

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

async function fetchCatalogIndex(): Promise<LoadedCatalogIndex> {
  // The decoder loads with the index, so a visitor who never searches downloads neither.
  const [response, { decodeCatalogIndex }, { createCatalogOrders }] = await Promise.all([
    fetch(CATALOG_INDEX_PATH),
    import('@/lib/catalog/index-codec'),
    import('@/lib/catalog/orders'),
  ])
  if (!response.ok) throw new Error(`The catalog index could not be loaded (HTTP ${response.status}).`)
  const index = decodeCatalogIndex(await response.json())
  // In a task of its own: decoding and this together would be one long task at 10,000 services. The orders sort
  // on first use, in the first search's task: sorting here too made a task over 200 ms (bench, 10,000 services).
  await nextTask()
  prepareSearch(index.services)
  return { ...index, orders: createCatalogOrders(index.services) }
}

/**
 * The catalog's client index (app/api/catalog-index), fetched once `wanted` turns true. It is used only while it
 * is of the server page's catalog (lib/catalog/version.ts): an index of another snapshot could show services that
 * are gone, so until the two agree the server keeps rendering, and each new page version fetches the index again. A failed fetch leaves the
 * server path as it was: searching still works, only slower.
 */
export function useCatalogIndex(network: Network, pageVersion: string, wanted: boolean): LoadedCatalogIndex | null {
  const { data } = useQuery({
    queryKey: ['catalog-index', networkKey(network), pageVersion],
    queryFn: fetchCatalogIndex,
    enabled: wanted,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  })
  return data && sameCatalog(data.version, pageVersion) ? data : null
}
