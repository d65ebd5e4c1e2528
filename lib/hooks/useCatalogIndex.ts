'use client'

import { useQuery } from '@tanstack/react-query'
import type { CatalogIndex } from '@/lib/catalog/index-codec'
import { prepareSearch } from '@/lib/catalog/query'
import { type Network, networkKey } from '@/lib/chain/networks'

export const CATALOG_INDEX_PATH = '/api/catalog-index'

async function fetchCatalogIndex(): Promise<CatalogIndex> {
  // The decoder loads with the index, so a visitor who never searches downloads neither.
  const [response, { decodeCatalogIndex }] = await Promise.all([fetch(CATALOG_INDEX_PATH), import('@/lib/catalog/index-codec')])
  if (!response.ok) throw new Error(`The catalog index could not be loaded (HTTP ${response.status}).`)
  const index = decodeCatalogIndex(await response.json())
  // In a task of its own: decoding and this together would be one long task at 10,000 services.
  await new Promise((resolve) => setTimeout(resolve, 0))
  prepareSearch(index.services)
  return index
}

/**
 * The catalog's client index (app/api/catalog-index), fetched once `wanted` turns true. It is used only while its
 * version is the server page's: an index of another snapshot could show services that are gone, so until the two
 * agree the server keeps rendering, and each new page version fetches the index again. A failed fetch leaves the
 * server path as it was: searching still works, only slower.
 */
export function useCatalogIndex(network: Network, pageVersion: string, wanted: boolean): CatalogIndex | null {
  const { data } = useQuery({
    queryKey: ['catalog-index', networkKey(network), pageVersion],
    queryFn: fetchCatalogIndex,
    enabled: wanted,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  })
  return data?.version === pageVersion ? data : null
}
