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

/**
 * Reads one history route together with the indexer's status, and judges it against the chain head the page
 * was read at: an indexer behind that head is "catching up" (its data so far is kept, marked as partial).
 */
export async function readHistory<T extends ActivityPage | AgreementPage>(
  base: string | null,
  path: string,
  head: bigint,
): Promise<HistoryRead<T>> {
  if (!base) return { state: 'unavailable', reason: 'not-kept' }
  const [status, data] = await Promise.all([getHistoryJson<HistoryStatus>(base, historyPaths.status()), getHistoryJson<T>(base, path)])
  if (!status) return { state: 'unavailable', reason: 'unreachable' }
  const indexedBlock = status.indexedBlock === null ? null : BigInt(status.indexedBlock)
  if (indexedBlock === null || indexedBlock < head) return { state: 'catching-up', data, indexedBlock, head }
  if (!data) return { state: 'unavailable', reason: 'unreachable' }
  return { state: 'ready', data, indexedBlock }
}
