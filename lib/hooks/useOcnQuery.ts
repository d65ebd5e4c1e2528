'use client'

import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { createReadContext } from '@/lib/chain/client'
import { type Network, networkKey } from '@/lib/chain/networks'
import { withReadBudget } from '@/lib/chain/read-budget'
import type { ReadContext } from '@/lib/ocn/batch'

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
  const ctx = useMemo(() => createReadContext(network), [network])
  return useQuery({
    queryKey: ['ocn', networkKey(network), ...key],
    queryFn: () => withReadBudget(read(ctx)),
    initialData,
    // The budget already bounds a slow RPC; retrying would only multiply the wait before the error shows.
    retry: false,
    staleTime: 5 * 60_000,
  })
}

/** A chain read that only the browser can make (it depends on the connected wallet); no server data to start from. */
export function useOcnRead<T>(network: Network, key: readonly unknown[], read: ((ctx: ReadContext) => Promise<T>) | null) {
  const ctx = useMemo(() => createReadContext(network), [network])
  return useQuery({
    queryKey: ['ocn', networkKey(network), ...key],
    queryFn: () => read!(ctx),
    enabled: read !== null,
    staleTime: 5 * 60_000,
  })
}
