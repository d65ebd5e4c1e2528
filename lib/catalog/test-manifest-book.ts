import type { CatalogManifestBook } from '../ocn/pieces'
import { LogoStore } from '../server/logo-store'
import { bookOver } from '../server/manifest-book'
import { ManifestCache, pendingResult } from '../server/manifest-cache'
import { createManifestCheck } from '../server/manifest-check'

const OPTIONS = { ttlMs: 600_000, failureTtlMs: 60_000, maxEntries: 1_000, maxConcurrent: 6 }

/** A book that fetches for real, as the local network's does (plain http and loopback allowed). */
export function localBook(): { book: CatalogManifestBook; cache: ManifestCache } {
  const { check } = createManifestCheck(true, new LogoStore({ maxLogos: 100, maxBytes: 1 << 20 }))
  const cache = new ManifestCache(check, OPTIONS)
  return { book: bookOver(cache), cache }
}

/** A book for tests about the chain side of the catalog: every service has no manifest, answered at once. */
export function noManifestBook(): CatalogManifestBook {
  return bookOver(new ManifestCache(async (url) => ({ ...pendingResult(url, 0), state: 'none', reason: 'no manifest in this test' }), OPTIONS))
}
