'use client'

import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { type State, WagmiProvider } from 'wagmi'
import type { Network } from '@/lib/chain/networks'
import { makeWagmiConfig } from '@/lib/chain/wagmi'

export function Providers({
  network,
  initialState,
  children,
}: {
  network: Network
  initialState: State | undefined
  children: ReactNode
}) {
  const [config] = useState(() => makeWagmiConfig(network))
  // Chain data changes only through transactions: minutes of staleness, refreshed after our own writes.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false } } }),
  )
  return (
    <WagmiProvider config={config} initialState={initialState}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </WagmiProvider>
  )
}
