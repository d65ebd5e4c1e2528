'use client'

import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { createReadContext } from '@/lib/chain/client'
import { type Network, networkKey } from '@/lib/chain/networks'
import type { ReadContext } from '@/lib/ocn/batch'

/**
 * A chain read in the browser that starts from the server's first-paint data: no request on hydration, a
 * refetch only when asked (refresh button) or after our own transactions invalidate the key.
 */
export function useOcnQuery<T extends NonNullable<unknown> | null>(network: Network, key: readonly unknown[], read: (ctx: ReadContext) => Promise<T>, initialData: T) {
  const ctx = useMemo(() => createReadContext(network), [network])
  return useQuery({
    queryKey: ['ocn', networkKey(network), ...key],
    queryFn: () => read(ctx),
    initialData,
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
