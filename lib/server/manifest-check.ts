import { manifestLocation } from '../manifest/location'
import { parseLogo } from '../manifest/logo'
import type { ManifestResult } from '../manifest/types'
import { checkManifest } from '../manifest/verify'
import type { LogoStore } from './logo-store'
import { manifestFetchPolicy, safeFetch, type SafeFetchDeps } from './safe-fetch'

export const DEFAULT_MANIFEST_TTL_SECONDS = 600

/** OCN_MANIFEST_TTL_SECONDS: how long a manifest check is reused (default 600 s; 0 checks again on every view). */
export function manifestTtlMs(env: Record<string, string | undefined>): number {
  const raw = env.OCN_MANIFEST_TTL_SECONDS?.trim()
  const seconds = raw ? Number(raw) : NaN
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_MANIFEST_TTL_SECONDS) * 1000
}

/**
 * One check of one on-chain URL: fetch its manifest location through the guard, decide the state, keep a valid
 * logo in the store (the logo route serves only those) and drop its data URL from the result, which the cache then
 * holds for a TTL: the logo's bytes live once, in the bounded store, not in every cached result.
 */
export function createManifestCheck(allowLocal: boolean, logos: LogoStore, deps: SafeFetchDeps = {}) {
  const fetches = { count: 0 }
  const policy = manifestFetchPolicy(allowLocal)
  async function check(url: string): Promise<ManifestResult> {
    const location = manifestLocation(url)
    let fetched: Parameters<typeof checkManifest>[1] = { kind: 'missing', reason: 'not an http(s) address' }
    if (location) {
      fetches.count++
      fetched = await safeFetch(location.manifestUrl, policy, deps)
    }
    const result = await checkManifest(url, fetched, { allowHttp: allowLocal })
    if (!result.manifest?.logo) return result
    const { logo, ...rest } = result.manifest
    const parsed = parseLogo(logo)
    if (parsed.ok && result.logoHash) logos.put(result.logoHash, { type: parsed.type, bytes: parsed.bytes })
    return { ...result, manifest: rest }
  }
  return { check, fetches }
}
