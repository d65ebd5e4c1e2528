'use client'

import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Address } from 'viem'
import { type Network, networkKey } from '@/lib/chain/networks'
import { HISTORY_PAGE_MAX, historyApiPath, type HistoryReadJson, historyReadFromJson } from '@/lib/history/client'
import type { AgreementPage, AgreementPeriod } from '@/lib/history/types'

/** A party's agreement periods as /agreements shows them, with the state of the history behind them. */
export type AgreementHistory =
  | {
      state: 'ready'
      periods: AgreementPeriod[]
      /** Lower-cased address -> credentials of the parties the periods name. */
      names: Record<string, string>
      /** False when the party has more periods than the page shows (the CSV holds them all). */
      complete: boolean
    }
  | { state: 'catching-up'; indexedBlock: bigint | null; head: bigint; since: number }
  | { state: 'unavailable'; reason: 'not-kept' | 'unreachable' }

/** Pages of 100 read in the browser: 1,000 periods, far beyond what one party makes in practice. */
const PAGES_SHOWN = 10
const CATCH_UP_POLL_MS = 2_000
/** A catch-up that takes longer is left to a reload: polling does not go on for ever. */
const CATCH_UP_POLL_FOR_MS = 120_000

async function readPeriods(address: Address, signal: AbortSignal, previous: AgreementHistory | undefined): Promise<AgreementHistory> {
  const periods: AgreementPeriod[] = []
  const names: Record<string, string> = {}
  let before: string | undefined
  for (let page = 0; page < PAGES_SHOWN; page++) {
    let json: HistoryReadJson<AgreementPage>
    try {
      const response = await fetch(historyApiPath('parties', address, 'agreements', before, HISTORY_PAGE_MAX), { signal, cache: 'no-store' })
      if (!response.ok) return { state: 'unavailable', reason: 'unreachable' }
      json = (await response.json()) as HistoryReadJson<AgreementPage>
    } catch (error) {
      if (signal.aborted) throw error
      return { state: 'unavailable', reason: 'unreachable' }
    }
    const read = historyReadFromJson(json)
    if (read.state === 'unavailable') return read
    if (read.state === 'catching-up') {
      const since = previous?.state === 'catching-up' ? previous.since : Date.now()
      return { state: 'catching-up', indexedBlock: read.indexedBlock, head: read.head, since }
    }
    periods.push(...read.data.items)
    Object.assign(names, json.names)
    if (!read.data.next) return { state: 'ready', periods, names, complete: true }
    before = read.data.next
  }
  return { state: 'ready', periods, names, complete: false }
}

/**
 * The connected party's agreement periods from the history API. Keyed under the network's chain reads, so every
 * confirmed write of ours reads it again; while the indexer catches up with the chain it polls, for a while.
 */
export function useAgreementHistory(network: Network, address: Address | undefined) {
  const queryClient = useQueryClient()
  const queryKey = ['ocn', networkKey(network), 'agreement-history', address]
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => readPeriods(address!, signal, queryClient.getQueryData<AgreementHistory>(queryKey)),
    enabled: address !== undefined,
    retry: false,
    staleTime: 60_000,
    refetchInterval: (query) => {
      const data = query.state.data
      return data?.state === 'catching-up' && Date.now() - data.since < CATCH_UP_POLL_FOR_MS ? CATCH_UP_POLL_MS : false
    },
  })
}
