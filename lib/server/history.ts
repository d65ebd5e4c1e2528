import 'server-only'
import type { Network } from '../chain/networks'
import { getHistoryJson, HISTORY_PAGE_MAX, historyPaths, type HistoryRead, type HistoryReadJson, historyReadToJson, historySource, readHistory } from '../history/client'
import { mentionedAddresses } from '../history/mentions'
import type { ActivityPage, AgreementPage } from '../history/types'
import { partyNamesView } from '../ocn/pieces'
import { currentSelection, readOnServer } from './network'

export type ServerHistory<T> = { network: Network; read: HistoryRead<T>; names: Record<string, string> }

/**
 * One history page for the network this visitor reads, judged against the chain head of this request's snapshot
 * (so a page never claims history the indexer has not reached), with the credentials of the parties it names.
 * A chain that does not answer leaves history to stand on its own: the indexer's data is shown as it is.
 */
export async function readHistoryOnServer<T extends ActivityPage | AgreementPage>(path: string): Promise<ServerHistory<T>> {
  const { network, deployment } = await currentSelection()
  const base = historySource(network, deployment, process.env)
  if (!base) return { network, read: { state: 'unavailable', reason: 'not-kept' }, names: {} }
  const head = await readOnServer((snapshot) => snapshot.head)
  const at = head.result?.ok ? { number: head.result.data.number, time: head.result.data.time } : { number: 0n, time: null }
  const read = await readHistory<T>(base, path, at)
  const data = read.state === 'unavailable' ? null : read.data
  const names = await readOnServer((snapshot) => partyNamesView(snapshot, mentionedAddresses(data)))
  return { network, read, names: names.result?.ok ? names.result.data : {} }
}

export async function historyJsonOnServer<T extends ActivityPage | AgreementPage>(path: string): Promise<HistoryReadJson<T>> {
  const { read, names } = await readHistoryOnServer<T>(path)
  return historyReadToJson(read, names)
}

/** Pages of agreement periods read to date the parties on one page: 1,000 periods, newest first. */
const AGREED_ON_PAGES = 10

/**
 * When each of `users` agreed to the provider's service: the start of its active period, in unix seconds, keyed by
 * lower-cased address. Reads the newest periods until every user is dated (or the bound is reached); a user the
 * indexer has not seen yet simply has no date. Never throws: no history means no dates.
 */
export function agreedOnDates(provider: string, users: readonly string[]): Promise<Record<string, number>> {
  // Handed to the browser as a promise: a rejection would reach the page's error boundary, so none leaves here.
  return readAgreedOn(provider, users).catch(() => ({}))
}

async function readAgreedOn(provider: string, users: readonly string[]): Promise<Record<string, number>> {
  const { network, deployment } = await currentSelection()
  const base = historySource(network, deployment, process.env)
  const wanted = new Set(users.map((user) => user.toLowerCase()))
  const dates: Record<string, number> = {}
  if (!base || wanted.size === 0) return dates
  let before: string | undefined
  for (let i = 0; i < AGREED_ON_PAGES && wanted.size > 0; i++) {
    const page = await getHistoryJson<AgreementPage>(base, historyPaths.serviceAgreements(provider, before, HISTORY_PAGE_MAX))
    if (!page) break
    for (const period of page.items) {
      const user = period.user.toLowerCase()
      if (period.revoked === null && wanted.delete(user)) dates[user] = period.agreed.time
    }
    if (!page.next) break
    before = page.next
  }
  return dates
}
