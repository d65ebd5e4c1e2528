import type { ManifestResult } from '../manifest/types'

export type ManifestCacheOptions = {
  /** How long a result is served as is; after that it is still served while a background fetch refreshes it. */
  ttlMs: number
  /** The same for a fetch that failed (state `unreachable`), so a provider that was down is asked again soon. */
  failureTtlMs: number
  /** Least recently used entries go first beyond this. */
  maxEntries: number
  /** At most this many checks run at once; the others queue. */
  maxConcurrent: number
  now?: () => number
}

type Entry = {
  result: ManifestResult | null
  storedAt: number
  /** Which check the stored result came from: an older check finishing later does not overwrite a newer one's. */
  storedSeq: number
  inFlight: Promise<ManifestResult> | null
  /** While its check waits in the background lane: lets a visitor's wait move it to the front. */
  waiting: Waiter | null
}

type Waiter = { release: () => void; urgent: boolean }

/** The pending result a caller gets when its wait ends before the first check does. */
export function pendingResult(url: string, now: number): ManifestResult {
  return { url, state: 'pending', manifestUrl: null, committed: null, actual: null, manifest: null, reason: null, logoHash: null, checkedAt: now }
}

/** A result differs from the one before when a visitor would see something else. */
function sameAnswer(a: ManifestResult, b: ManifestResult): boolean {
  return a.state === b.state && a.actual === b.actual && a.reason === b.reason && a.committed === b.committed && a.logoHash === b.logoHash
}

/**
 * The results of checking on-chain URLs, one per URL, each kept for a TTL: however many page views ask, a provider
 * is fetched once per TTL. A stale result is still served (the catalog never waits on a provider it already has an
 * answer from) while one background check refreshes it; concurrent askers share one check; at most
 * `maxConcurrent` checks run at once, so a 1,000-service catalog does not open 1,000 connections.
 */
export class ManifestCache {
  private readonly entries = new Map<string, Entry>()
  /** Checks a page view waits for go before the background warming of the rest of the catalog. */
  private readonly urgent: Waiter[] = []
  private readonly background: Waiter[] = []
  private running = 0
  private seq = 0
  private version = 0
  readonly stats = { fetches: 0, hits: 0 }
  private readonly now: () => number

  constructor(
    private readonly check: (url: string) => Promise<ManifestResult>,
    private readonly options: ManifestCacheOptions,
  ) {
    this.now = options.now ?? Date.now
  }

  /** Bumps whenever some URL's answer changes (first answer included): the catalog's version folds it in. */
  epoch(): number {
    return this.version
  }

  /** Checks running now (for tests and the bench: never above maxConcurrent). */
  active(): number {
    return this.running
  }

  /** The cached result, stale or not, without starting anything. */
  cached(url: string): ManifestResult | null {
    return this.entries.get(url)?.result ?? null
  }

  /** The cached result, stale or not, starting a background check when there is none or it is stale. */
  peek(url: string): ManifestResult | null {
    const entry = this.touch(url)
    if (entry.result) this.stats.hits++
    if (!entry.result || this.isStale(entry)) this.start(url, entry, false, false)
    return entry.result
  }

  /** Checks in the background lane: they run whenever no page view waits for a check of its own. */
  warm(urls: Iterable<string>): void {
    for (const url of urls) {
      const entry = this.touch(url)
      if (!entry.result || this.isStale(entry)) this.start(url, entry, false, false)
    }
  }

  /** Waits until every URL has a result or `waitMs` passed, whichever comes first. */
  async settle(urls: Iterable<string>, waitMs: number): Promise<void> {
    const waits: Promise<unknown>[] = []
    for (const url of urls) {
      const entry = this.touch(url)
      if (!entry.result || this.isStale(entry)) this.start(url, entry, false, !entry.result)
      if (!entry.result && entry.inFlight) waits.push(entry.inFlight)
    }
    if (waits.length > 0) await within(Promise.all(waits), waitMs)
  }

  /**
   * The result for one URL: the cached one (a stale one too, refreshed in the background), else the first check's,
   * waiting at most `waitMs` (then `pending`). `fresh` starts a new check whatever is cached and waits for it; its
   * answer replaces the cached one.
   */
  async result(url: string, { waitMs, fresh = false }: { waitMs?: number; fresh?: boolean } = {}): Promise<ManifestResult> {
    const entry = this.touch(url)
    if (!fresh && entry.result) {
      this.stats.hits++
      if (this.isStale(entry)) this.start(url, entry, false, false)
      return entry.result
    }
    const running = this.start(url, entry, fresh, true)
    if (waitMs === undefined) return running
    const settled = await within(running, waitMs)
    return settled ?? pendingResult(url, this.now())
  }

  private isStale(entry: Entry): boolean {
    if (!entry.result) return true
    const ttl = entry.result.state === 'unreachable' ? Math.min(this.options.failureTtlMs, this.options.ttlMs) : this.options.ttlMs
    return this.now() - entry.storedAt >= ttl
  }

  /** The entry for a URL, created when missing, moved to the most recently used end; the oldest beyond the bound go. */
  private touch(url: string): Entry {
    let entry = this.entries.get(url)
    if (entry) {
      this.entries.delete(url)
    } else {
      entry = { result: null, storedAt: 0, storedSeq: 0, inFlight: null, waiting: null }
    }
    this.entries.set(url, entry)
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
    }
    return entry
  }

  /** `urgent`: someone waits for this answer, so it goes ahead of the background lane (and is moved there if queued). */
  private start(url: string, entry: Entry, force: boolean, urgent: boolean): Promise<ManifestResult> {
    if (entry.inFlight && !force) {
      if (urgent && entry.waiting && !entry.waiting.urgent) this.promote(entry.waiting)
      return entry.inFlight
    }
    const seq = ++this.seq
    const running = this.limited(entry, urgent, async () => {
      this.stats.fetches++
      try {
        return await this.check(url)
      } catch {
        // A check is written never to throw; should one anyway, a background refresh must not crash the server.
        return { ...pendingResult(url, this.now()), state: 'unreachable' as const, reason: 'the manifest could not be checked' }
      }
    }).then((result) => {
      if (seq >= entry.storedSeq) {
        if (!entry.result || !sameAnswer(entry.result, result)) this.version++
        entry.result = result
        entry.storedAt = this.now()
        entry.storedSeq = seq
      }
      return result
    })
    const tracked = running.finally(() => {
      if (entry.inFlight === tracked) entry.inFlight = null
    })
    entry.inFlight = tracked
    return tracked
  }

  private promote(waiter: Waiter): void {
    const at = this.background.indexOf(waiter)
    if (at < 0) return
    this.background.splice(at, 1)
    waiter.urgent = true
    this.urgent.push(waiter)
  }

  private async limited<T>(entry: Entry, urgent: boolean, task: () => Promise<T>): Promise<T> {
    // A finishing check hands its slot straight to the next in line, so no newcomer can slip in between.
    if (this.running >= this.options.maxConcurrent) {
      await new Promise<void>((release) => {
        const waiter: Waiter = { release, urgent }
        entry.waiting = waiter
        ;(urgent ? this.urgent : this.background).push(waiter)
      })
      entry.waiting = null
    } else {
      this.running++
    }
    try {
      return await task()
    } finally {
      const next = this.urgent.shift() ?? this.background.shift()
      if (next) next.release()
      else this.running--
    }
  }
}

/** The promise's value if it settles within `ms`, else null (the work itself goes on). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
