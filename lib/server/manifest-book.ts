import { type ManifestResult, type ManifestSummary, PENDING_SUMMARY } from '../manifest/types'
import { summarize } from '../manifest/verify'
import type { ManifestCache } from './manifest-cache'

/** What pages, the catalog and the routes ask about manifests; one per fetch policy, shared by every network using it. */
export type ManifestBook = {
  /** The cached summary, or pending (a check then starts in the background). Never waits. */
  summaryOf(url: string): ManifestSummary
  /** Bumps when some URL's answer changes: the catalog index and page versions include it. */
  epoch(): number
  /** Starts checks for the URLs without a current result; returns at once. */
  warm(urls: Iterable<string>): void
  /** Waits until the URLs have results or `waitMs` passed. */
  settle(urls: Iterable<string>, waitMs: number): Promise<void>
  result(url: string, options?: { waitMs?: number; fresh?: boolean }): Promise<ManifestResult>
  /** The cached result without starting anything (the check route uses it to tell a cache hit from a fetch). */
  cached(url: string): ManifestResult | null
}

/** The book over one cache (lib/server/manifests.ts keeps one per fetch policy; tests build their own). */
export function bookOver(cache: ManifestCache): ManifestBook {
  return {
    summaryOf: (url) => {
      const result = cache.peek(url)
      return result ? summarize(result) : PENDING_SUMMARY
    },
    epoch: () => cache.epoch(),
    warm: (urls) => cache.warm(urls),
    settle: (urls, waitMs) => cache.settle(urls, waitMs),
    result: (url, options) => cache.result(url, options),
    cached: (url) => cache.cached(url),
  }
}
