import 'server-only'
import type { Network } from '../chain/networks'
import { type HistoryRead, type HistoryReadJson, historyReadToJson, historySource, readHistory } from '../history/client'
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
  const head = await readOnServer(async (snapshot) => (await snapshot.head).number)
  const read = await readHistory<T>(base, path, head.result?.ok ? head.result.data : 0n)
  const data = read.state === 'unavailable' ? null : read.data
  const names = await readOnServer((snapshot) => partyNamesView(snapshot, mentionedAddresses(data)))
  return { network, read, names: names.result?.ok ? names.result.data : {} }
}

export async function historyJsonOnServer<T extends ActivityPage | AgreementPage>(path: string): Promise<HistoryReadJson<T>> {
  const { read, names } = await readHistoryOnServer<T>(path)
  return historyReadToJson(read, names)
}
