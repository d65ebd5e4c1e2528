import 'server-only'
import type { Network } from '../chain/networks'
import { LogoStore, type StoredLogo } from './logo-store'
import { bookOver, type ManifestBook } from './manifest-book'
import { ManifestCache } from './manifest-cache'
import { createManifestCheck, manifestTtlMs } from './manifest-check'

type Books = { caches: Map<string, { cache: ManifestCache; fetches: { count: number } }>; logos: LogoStore }

/**
 * Next bundles each page and route handler with its own copy of this module: the caches live on globalThis so they
 * all share one (lib/server/network.ts does the same for chain reads), and a fresh check from the route is what the
 * catalog shows next.
 */
const BOOKS_KEY = Symbol.for('ocn-marketplace.manifest-books')
const books: Books = ((globalThis as { [BOOKS_KEY]?: Books })[BOOKS_KEY] ??= {
  caches: new Map(),
  // Typical logos are a few KiB; the budget holds thousands, and the count bounds many tiny ones.
  logos: new LogoStore({ maxLogos: 20_000, maxBytes: 64 * 1024 * 1024 }),
})
// Not cleared when `next dev` evaluates this module again (each bundle does, on first use): that would refetch every
// manifest and restart the epoch the catalog's version folds in, so a version could come back with other content.

function cacheFor(allowLocal: boolean) {
  const key = allowLocal ? 'local' : 'public'
  let entry = books.caches.get(key)
  if (!entry) {
    const { check, fetches } = createManifestCheck(allowLocal, books.logos)
    const ttlMs = manifestTtlMs(process.env)
    const cache = new ManifestCache(check, { ttlMs, failureTtlMs: 60_000, maxEntries: 20_000, maxConcurrent: 6 })
    entry = { cache, fetches }
    books.caches.set(key, entry)
  }
  return entry
}

/** Plain http and loopback/private addresses only for the local demo network, whose manifests the app serves itself. */
export function manifestBook(network: Network): ManifestBook {
  const { cache } = cacheFor(network.id === 'local')
  return bookOver(cache)
}

/** A logo the server fetched and validated itself; the logo route serves nothing else. */
export function logoFor(logoHash: string): StoredLogo | null {
  return books.logos.get(logoHash)
}

/** Network fetches of manifests and cache hits so far, over every book (the bench counts these). */
export function manifestFetchStats(): { fetches: number; hits: number } {
  let fetches = 0
  let hits = 0
  for (const { cache, fetches: counted } of books.caches.values()) {
    fetches += counted.count
    hits += cache.stats.hits
  }
  return { fetches, hits }
}
