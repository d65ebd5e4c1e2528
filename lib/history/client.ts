import type { Network } from '../chain/networks'
import { networkKey } from '../chain/networks'
import type { ActivityPage, AgreementPage, HistoryStatus } from './types'

/**
 * What a history area shows. History is kept for the deployment's own network only (one indexer per
 * deployment): other networks, an indexer that does not answer, or one still behind the block the page was read
 * at are states to show, never errors to throw.
 */
export type HistoryRead<T> =
  | { state: 'ready'; data: T; indexedBlock: bigint }
  | { state: 'catching-up'; data: T | null; indexedBlock: bigint | null; head: bigint }
  | { state: 'unavailable'; reason: 'not-kept' | 'unreachable' }

/** The indexer's base URL for this network, or null where no history is kept. */
export function historySource(network: Network, deployment: Network, env: Record<string, string | undefined>): string | null {
  const url = env.OCN_INDEXER_URL?.trim()
  if (!url || networkKey(network) !== networkKey(deployment)) return null
  return url.replace(/\/+$/, '')
}

const TIMEOUT_MS = 3_000
const MAX_BYTES = 2_000_000

/** GET one history route; null when the indexer is down, slow, or answers anything but bounded JSON. */
export async function getHistoryJson<T>(base: string, path: string): Promise<T | null> {
  try {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' })
    if (!response.ok) return null
    const text = await response.text()
    if (text.length > MAX_BYTES) return null
    return JSON.parse(text) as T
  } catch {
    return null
  }
}

function pageQuery(before?: string, limit?: number): string {
  const params = new URLSearchParams()
  if (before) params.set('before', before)
  if (limit) params.set('limit', String(limit))
  const query = params.toString()
  return query ? `?${query}` : ''
}

export const historyPaths = {
  status: () => '/history/status',
  serviceActivity: (provider: string, before?: string, limit?: number) =>
    `/history/services/${provider.toLowerCase()}/activity${pageQuery(before, limit)}`,
  serviceAgreements: (provider: string, before?: string, limit?: number) =>
    `/history/services/${provider.toLowerCase()}/agreements${pageQuery(before, limit)}`,
  partyActivity: (address: string, before?: string, limit?: number) =>
    `/history/parties/${address.toLowerCase()}/activity${pageQuery(before, limit)}`,
  partyAgreements: (address: string, before?: string, limit?: number) =>
    `/history/parties/${address.toLowerCase()}/agreements${pageQuery(before, limit)}`,
}

/** The chain head a page was read at; `time` (block timestamp, unix seconds) null when the chain did not say. */
export type HistoryHead = { number: bigint; time: number | null }

/**
 * Whether the indexer has reached the page's head on the same chain. Block number alone is not enough: after a
 * reorg or an evm_revert the indexer can sit at that height (or past it) on the abandoned branch until it notices.
 * On one chain, times never go down as blocks go up: the same height with another time, or a higher block with an
 * earlier time, is another branch, read as still catching up.
 */
export function historyCaughtUp(status: HistoryStatus, head: HistoryHead): boolean {
  if (status.indexedBlock === null) return false
  const indexed = BigInt(status.indexedBlock)
  if (indexed < head.number) return false
  if (head.time === null) return true
  if (status.indexedTime === null) return false
  return indexed === head.number ? status.indexedTime === head.time : status.indexedTime >= head.time
}

/**
 * Reads one history route together with the indexer's status, and judges it against the chain head the page
 * was read at: an indexer behind that head, or on another branch, is "catching up" (its data so far is kept,
 * marked as partial).
 */
export async function readHistory<T extends ActivityPage | AgreementPage>(
  base: string | null,
  path: string,
  head: HistoryHead,
): Promise<HistoryRead<T>> {
  if (!base) return { state: 'unavailable', reason: 'not-kept' }
  const [status, data] = await Promise.all([getHistoryJson<HistoryStatus>(base, historyPaths.status()), getHistoryJson<T>(base, path)])
  if (!status) return { state: 'unavailable', reason: 'unreachable' }
  const indexedBlock = status.indexedBlock === null ? null : BigInt(status.indexedBlock)
  if (indexedBlock === null || !historyCaughtUp(status, head)) return { state: 'catching-up', data, indexedBlock, head: head.number }
  if (!data) return { state: 'unavailable', reason: 'unreachable' }
  return { state: 'ready', data, indexedBlock }
}

/** The most items one history page may ask for, and what a page holds when nothing is asked (the indexer's too). */
export const HISTORY_PAGE_MAX = 100
export const HISTORY_PAGE_SIZE = 50

/**
 * A HistoryRead as it travels to the browser (`/api/history/...`): block numbers as decimal strings. `names` maps
 * lower-cased addresses the page mentions to the credentials they hold in the current snapshot, so rows loaded in
 * the browser read "DE*MSP agreed" like those the server rendered.
 */
export type HistoryReadJson<T> = (
  | { state: 'ready'; data: T; indexedBlock: string }
  | { state: 'catching-up'; data: T | null; indexedBlock: string | null; head: string }
  | { state: 'unavailable'; reason: 'not-kept' | 'unreachable' }
) & { names?: Record<string, string> }

export function historyReadToJson<T>(read: HistoryRead<T>, names?: Record<string, string>): HistoryReadJson<T> {
  const extra = names ? { names } : {}
  switch (read.state) {
    case 'ready':
      return { ...read, indexedBlock: String(read.indexedBlock), ...extra }
    case 'catching-up':
      return { ...read, indexedBlock: read.indexedBlock === null ? null : String(read.indexedBlock), head: String(read.head), ...extra }
    case 'unavailable':
      return { ...read, ...extra }
  }
}

export function historyReadFromJson<T>(json: HistoryReadJson<T>): HistoryRead<T> {
  switch (json.state) {
    case 'ready':
      return { state: 'ready', data: json.data, indexedBlock: BigInt(json.indexedBlock) }
    case 'catching-up':
      return { state: 'catching-up', data: json.data, indexedBlock: json.indexedBlock === null ? null : BigInt(json.indexedBlock), head: BigInt(json.head) }
    case 'unavailable':
      return { state: 'unavailable', reason: json.reason }
  }
}

/** The browser's route for one history page (app/api/history/...): the same paths as the indexer's, under /api. */
export function historyApiPath(scope: 'services' | 'parties', address: string, what: 'activity' | 'agreements', before?: string, limit?: number): string {
  return `/api/history/${scope}/${address.toLowerCase()}/${what}${pageQuery(before, limit)}`
}

/** A paging cursor as the indexer hands it out (Ponder's event id): plain characters, bounded. */
export function isHistoryCursor(value: string): boolean {
  return /^[0-9A-Za-z_-]{1,128}$/.test(value)
}
