'use client'

import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import type { State } from 'wagmi'
import type { Network } from '@/lib/chain/networks'
import { WalletProvider } from '@/components/wallet/WalletProvider'

export function Providers({
  network,
  initialState,
  children,
}: {
  network: Network
  initialState: State | undefined
  children: ReactNode
}) {
  // Chain data changes only through transactions: minutes of staleness, refreshed after our own writes.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false } } }),
  )
  return (
    <QueryClientProvider client={queryClient}>
      <WalletProvider network={network} initialState={initialState}>
        {children}
      </WalletProvider>
    </QueryClientProvider>
  )
}
