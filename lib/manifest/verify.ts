import { base64ToBase64url, integrityMatches, sha256Base64 } from './integrity'
import { manifestLocation } from './location'
import { parseLogo } from './logo'
import { parseManifest } from './schema'
import { contentTrusted, type ManifestResult, type ManifestSummary, type ServiceManifest } from './types'

/** What the fetcher (lib/server/safe-fetch.ts) reports: the body, a definite "nothing there" (404/410), or a failure. */
export type FetchOutcome = { kind: 'body'; bytes: Uint8Array } | { kind: 'missing'; reason: string } | { kind: 'failed'; reason: string }

export type CheckOptions = { /** Plain http URLs in the manifest: only on the local demo network. */ allowHttp?: boolean; /** ms since epoch; defaults to now. */ now?: number }

async function logoHashOf(manifest: ServiceManifest | null): Promise<string | null> {
  if (!manifest?.logo) return null
  const logo = parseLogo(manifest.logo)
  return logo.ok ? base64ToBase64url(await sha256Base64(logo.bytes)) : null
}

/**
 * Decides a service's manifest state from its on-chain URL and what fetching the manifest gave:
 * not http(s) or 404 -> none; fetch refused or failed -> unreachable; a body whose hash differs from the committed
 * one -> changed (whatever it contains); otherwise a valid manifest -> verified (hash committed) or unverified
 * (no commitment, or a malformed one, which the reason names), an invalid one -> invalid.
 */
export async function checkManifest(onChainUrl: string, fetched: FetchOutcome, options: CheckOptions = {}): Promise<ManifestResult> {
  const checkedAt = options.now ?? Date.now()
  const location = manifestLocation(onChainUrl)
  const base = { url: onChainUrl, manifestUrl: location?.manifestUrl ?? null, committed: location?.integrity?.digest ?? null, checkedAt }
  const empty = { actual: null, manifest: null, logoHash: null }
  if (!location) return { ...base, ...empty, state: 'none', reason: 'The service URL is not an http(s) address, so it has no manifest.' }
  if (fetched.kind === 'missing') return { ...base, ...empty, state: 'none', reason: fetched.reason }
  if (fetched.kind === 'failed') return { ...base, ...empty, state: 'unreachable', reason: fetched.reason }

  const actual = await sha256Base64(fetched.bytes)
  const parsed = parseManifest(fetched.bytes, { allowHttp: options.allowHttp })
  const manifest = parsed.ok ? parsed.manifest : null
  const logoHash = await logoHashOf(manifest)
  if (location.integrity && !integrityMatches(location.integrity, actual)) {
    const what = parsed.ok ? '' : ` What is hosted now is not a valid manifest either: ${parsed.reason}`
    return { ...base, actual, manifest, logoHash, state: 'changed', reason: `The hosted manifest does not match the hash the provider committed on chain.${what}` }
  }
  if (!parsed.ok) return { ...base, actual, manifest: null, logoHash: null, state: 'invalid', reason: parsed.reason }
  if (location.integrity) return { ...base, actual, manifest, logoHash, state: 'verified', reason: null }
  const reason = location.malformedIntegrity
    ? 'The URL carries an integrity fragment that is not a well-formed #sha256-<base64> of 32 bytes, so nothing is committed.'
    : null
  return { ...base, actual, manifest, logoHash, state: 'unverified', reason }
}

/** The small view a catalog card and the filters read: the provider's words only when the state lets them count as such. */
export function summarize(result: ManifestResult): ManifestSummary {
  const m = result.manifest
  if (!m || !contentTrusted(result.state)) return { state: result.state, tagline: null, categories: [], pricing: null, pricingText: null, logoHash: null }
  return { state: result.state, tagline: m.tagline, categories: [...m.categories], pricing: m.pricing.model, pricingText: m.pricing.text ?? null, logoHash: result.logoHash }
}
