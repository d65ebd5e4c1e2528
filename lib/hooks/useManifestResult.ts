'use client'

import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type Network, networkKey } from '@/lib/chain/networks'
import { fetchManifestResult } from '@/lib/manifest/check-client'
import { pendingPollDelay } from '@/lib/manifest/display'
import type { ManifestResult } from '@/lib/manifest/types'

export type ManifestCheck = {
  /** Undefined until the first answer (a custom RPC's page asks the check route itself). */
  result: ManifestResult | undefined
  /** Why the check route could not answer, in plain words. */
  error: string | null
  /** Still pending after every re-check the page makes: it stops asking rather than poll a slow provider forever. */
  gaveUp: boolean
  retry: () => void
}

/**
 * A service's manifest result, shared by the service page's section and the review dialog (one query per URL). It
 * starts from the server's result; without one (a custom RPC) it asks the check route at once. While the server is
 * still checking, it asks again a few times with growing waits, then stops: the page never waits on a provider.
 */
export function useManifestResult(network: Network, onChainUrl: string, initial?: ManifestResult): ManifestCheck {
  const queryKey = ['manifest', networkKey(network), onChainUrl]
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey,
    queryFn: () => fetchManifestResult(onChainUrl),
    initialData: initial,
    // A settled result is the server's cached one: asking again within the page view would only repeat it.
    staleTime: Infinity,
    retry: false,
    refetchInterval: (current) => {
      const { data, dataUpdateCount, errorUpdateCount } = current.state
      if (data && data.state !== 'pending') return false
      return pendingPollDelay(dataUpdateCount + errorUpdateCount) ?? false
    },
  })
  const state = queryClient.getQueryState(queryKey)
  const attempts = (state?.dataUpdateCount ?? 0) + (state?.errorUpdateCount ?? 0)
  const pending = !query.data || query.data.state === 'pending'
  return {
    result: query.data,
    error: query.error ? query.error.message : null,
    gaveUp: pending && !query.isFetching && pendingPollDelay(attempts) === null,
    retry: () => void query.refetch(),
  }
}
