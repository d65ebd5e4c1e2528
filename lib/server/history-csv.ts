import 'server-only'
import { readAllPeriods } from '../history/all-periods'
import { getHistoryJson, historyCaughtUp, historyPaths, historySource } from '../history/client'
import { agreementsCsv, currentNames } from '../history/csv'
import type { HistoryStatus } from '../history/types'
import { partiesPiece, servicesPiece } from '../ocn/pieces'
import { currentSelection, readOnServer } from './network'

export type CsvExport = 'party-agreements' | 'provider-subscribers'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

function plain(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } })
}

const unavailable = (why: string) => plain(503, `History unavailable: ${why}`)

/**
 * A party's agreement history or a provider's subscriber history as one CSV file: every period from the indexer,
 * with the credentials and service names the chain holds now. Whole or refused with a plain sentence (503 while
 * the history is not there or not caught up with the chain), never a partial file.
 */
export async function historyCsvResponse(kind: CsvExport, address: string): Promise<Response> {
  if (!ADDRESS.test(address)) return plain(400, 'Not an address: expected 0x followed by 40 hexadecimal characters.')
  const { network, deployment } = await currentSelection()
  const base = historySource(network, deployment, process.env)
  if (!base) return unavailable(`history is not kept for ${network.name} here.`)

  const [status, chain] = await Promise.all([
    getHistoryJson<HistoryStatus>(base, historyPaths.status()),
    readOnServer(async (s) => {
      const [head, parties, services] = await Promise.all([s.head, s.get(partiesPiece), s.get(servicesPiece)])
      return { head: { number: head.number, time: head.time }, names: currentNames(parties, services) }
    }),
  ])
  if (!status) return unavailable('the indexer is not answering.')
  if (!chain.result) return unavailable(`history is not kept for ${network.name} here.`)
  if (!chain.result.ok) return unavailable(`the chain is not answering (${chain.result.error})`)
  const { head, names } = chain.result.data
  const indexed = status.indexedBlock === null ? null : BigInt(status.indexedBlock)
  if (!historyCaughtUp(status, head)) {
    return plain(503, `History is catching up: block ${indexed ?? 0} of ${head.number}. Try again in a moment.`, { 'retry-after': '5' })
  }

  const pathOf = kind === 'party-agreements' ? historyPaths.partyAgreements : historyPaths.serviceAgreements
  const read = await readAllPeriods(base, (before, limit) => pathOf(address, before, limit))
  if (!read.ok) {
    return read.reason === 'too-many'
      ? plain(413, 'This history is too long for one file (more than 100,000 agreement periods).')
      : unavailable('the indexer stopped answering while the file was being read.')
  }
  const day = new Date().toISOString().slice(0, 10)
  const what = kind === 'party-agreements' ? 'agreements' : 'subscribers'
  return new Response(agreementsCsv(read.periods, names), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="ocn-${what}-${address.toLowerCase()}-${day}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
