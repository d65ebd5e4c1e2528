'use client'

import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Address } from 'viem'
import { type Network, networkKey } from '@/lib/chain/networks'
import type { AgreementHistory } from '@/lib/history/party-periods'

const CATCH_UP_POLL_MS = 2_000
/** A catch-up that takes longer is left to a reload: polling does not go on for ever. */
const CATCH_UP_POLL_FOR_MS = 120_000

/**
 * The connected party's agreement periods from the history API. Keyed under the network's chain reads, so every
 * confirmed write of ours reads it again; while the indexer catches up with the chain it polls, for a while.
 */
export function useAgreementHistory(network: Network, address: Address | undefined) {
  const queryClient = useQueryClient()
  const queryKey = ['ocn', networkKey(network), 'agreement-history', address]
  return useQuery({
    queryKey,
    // The reading code loads with the first read: the page's first load carries only this hook.
    queryFn: ({ signal }) =>
      import('@/lib/history/party-periods').then(({ readPartyPeriods }) => readPartyPeriods(address!, signal, queryClient.getQueryData<AgreementHistory>(queryKey))),
    enabled: address !== undefined,
    retry: false,
    staleTime: 60_000,
    refetchInterval: (query) => {
      const data = query.state.data
      return data?.state === 'catching-up' && Date.now() - data.since < CATCH_UP_POLL_FOR_MS ? CATCH_UP_POLL_MS : false
    },
  })
}
