import { MANIFEST_STATES, type ManifestResult } from './types'

/**
 * The check route's address for one on-chain URL (the server picks the network from the visitor's selection);
 * fresh: fetch now rather than answer from the cache (the provider console's "Check hosted file").
 */
export function manifestCheckPath(onChainUrl: string, { fresh = false }: { fresh?: boolean } = {}): string {
  return `/api/manifests/check?url=${encodeURIComponent(onChainUrl)}${fresh ? '&fresh=1' : ''}`
}

/** Whether a parsed body is a ManifestResult for this URL: anything else is an answer the page cannot show. */
export function isManifestResultFor(body: unknown, onChainUrl: string): body is ManifestResult {
  if (typeof body !== 'object' || body === null) return false
  const { url, state } = body as Record<string, unknown>
  return url === onChainUrl && MANIFEST_STATES.includes(state as ManifestResult['state'])
}

/** Asks the server for a service's manifest result (cached there; the browser never fetches a provider itself). */
export async function fetchManifestResult(onChainUrl: string, fetcher: typeof fetch = fetch): Promise<ManifestResult> {
  const response = await fetcher(manifestCheckPath(onChainUrl), { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(response.status === 429 ? 'Too many manifest checks at once; try again in a moment.' : "The provider's manifest could not be checked.")
  const body: unknown = await response.json().catch(() => null)
  if (!isManifestResultFor(body, onChainUrl)) throw new Error("The provider's manifest could not be checked.")
  return body
}
