'use client'

import type { Network } from '@/lib/chain/networks'
import type { ReadContext } from '@/lib/ocn/batch'
import { useOcnQuery } from './useOcnQuery'
import { usePageParam } from './usePageParam'

/**
 * A page's data read by the browser (a custom RPC the server never calls), with the list page its URL asks for:
 * the browser holds the whole list and pages it as the server would. null: nothing lives at this address.
 */
export function useBrowserPageRead<T extends NonNullable<unknown>>(network: Network, key: readonly unknown[], read: (ctx: ReadContext) => Promise<T | null>) {
  return { page: usePageParam(), read: useOcnQuery<T | null>(network, key, read, undefined) }
}
