import { looksLikeIntegrity, parseIntegrity } from './integrity'
import { WELL_KNOWN_MANIFEST_PATH, type ManifestLocation } from './types'

/**
 * Where a service's manifest is, from its on-chain URL: the URL itself (without its fragment) when its path ends in
 * `.json` (any case), else `/.well-known/ocn-service.json` at its origin. Null when the URL is not http(s) or does
 * not parse. The fragment carries the integrity commitment; credentials in the URL are dropped, never sent.
 */
export function manifestLocation(onChainUrl: string): ManifestLocation | null {
  let url: URL
  try {
    url = new URL(onChainUrl)
  } catch {
    return null
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return null
  url.hash = ''
  url.username = ''
  url.password = ''
  const manifestUrl = url.pathname.toLowerCase().endsWith('.json') ? url.href : `${url.origin}${WELL_KNOWN_MANIFEST_PATH}`

  // The fragment as written on chain (URL.hash would re-encode it): everything after the first '#'.
  const hashAt = onChainUrl.indexOf('#')
  const fragment = hashAt === -1 ? '' : onChainUrl.slice(hashAt + 1)
  const integrity = fragment === '' ? null : parseIntegrity(fragment)
  return { manifestUrl, integrity, malformedIntegrity: integrity === null && looksLikeIntegrity(fragment) }
}
