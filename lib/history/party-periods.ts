import type { Address } from 'viem'
import { HISTORY_PAGE_MAX, historyApiPath, type HistoryReadJson, historyReadFromJson } from './client'
import type { AgreementPage, AgreementPeriod } from './types'

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

/**
 * The browser's read of a party's agreement periods through the app's history route (lib/server/history-route.ts),
 * page after page up to a bound. A catch-up seen again keeps the time it was first seen, so polling can stop.
 */
export async function readPartyPeriods(address: Address, signal: AbortSignal, previous: AgreementHistory | undefined): Promise<AgreementHistory> {
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
