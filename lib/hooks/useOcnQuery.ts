'use client'

import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { type Network, networkKey } from '@/lib/chain/networks'
import { withReadBudget } from '@/lib/chain/read-budget'
import type { ReadContext } from '@/lib/ocn/batch'

/**
 * The browser's read client, built on the first read. viem's contract reads are most of a page's JavaScript and
 * pages start from the server's data, so they load only when the browser reads itself. Callers import their
 * read the same way: `(ctx) => import('@/lib/ocn/reads').then(({ readX }) => readX(ctx))`.
 */
function useLazyReadContext(network: Network): () => Promise<ReadContext> {
  return useMemo(() => {
    let ctx: Promise<ReadContext> | undefined
    return () => (ctx ??= import('@/lib/chain/client').then(({ createReadContext }) => createReadContext(network)))
  }, [network])
}

/**
 * A page's chain read in the browser. On the operator's network it starts from the server's first-paint data:
 * no request on hydration, a refetch only when asked or after our own transactions. On a custom RPC the server
 * never reads (initialData undefined): the browser reads at once, within the same budget as the server.
 */
export function useOcnQuery<T extends NonNullable<unknown> | null>(
  network: Network,
  key: readonly unknown[],
  read: (ctx: ReadContext) => Promise<T>,
  initialData: T | undefined,
) {
  const readContext = useLazyReadContext(network)
  return useQuery({
    queryKey: ['ocn', networkKey(network), ...key],
    // The budget covers loading the read code too: a stalled chunk ends in the error state like a stalled RPC.
    queryFn: () => withReadBudget(readContext().then(read)),
    initialData,
    // The budget already bounds a slow RPC; retrying would only multiply the wait before the error shows.
    retry: false,
    staleTime: 5 * 60_000,
  })
}

/** A chain read that only the browser can make (it depends on the connected wallet); no server data to start from. */
export function useOcnRead<T>(network: Network, key: readonly unknown[], read: ((ctx: ReadContext) => Promise<T>) | null) {
  const readContext = useLazyReadContext(network)
  return useQuery({
    queryKey: ['ocn', networkKey(network), ...key],
    queryFn: () => readContext().then(read!),
    enabled: read !== null,
    staleTime: 5 * 60_000,
  })
}
