export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; reason: string }

export type CheckLimits = {
  /** One fresh check of a URL per this many ms, whoever asks: a provider is not hammered through the app. */
  perUrlMs: number
  /** Checks that fetch (fresh ones, and URLs the cache does not hold) per client per minute. */
  perClientPerMinute: number
  /** URLs and clients remembered at most; the oldest go first beyond it. */
  maxTracked: number
  now?: () => number
}

const MINUTE_MS = 60_000

/**
 * The check route fetches what a visitor names, so it is rate-limited: per URL for fresh checks, per client for
 * anything that causes a fetch. A cached answer costs nothing and is never limited.
 */
export class CheckLimiter {
  private readonly urls = new Map<string, number>()
  private readonly clients = new Map<string, number[]>()
  private readonly now: () => number

  constructor(private readonly limits: CheckLimits) {
    this.now = limits.now ?? Date.now
  }

  /** Whether this client may cause a fetch of this URL now; a yes is counted. */
  take(client: string, url: string, { fresh }: { fresh: boolean }): LimitVerdict {
    const now = this.now()
    const last = this.urls.get(url)
    if (fresh && last !== undefined && now - last < this.limits.perUrlMs) {
      return { ok: false, retryAfterSeconds: Math.ceil((last + this.limits.perUrlMs - now) / 1000), reason: 'This URL was checked a moment ago; try again in a few seconds.' }
    }
    const recent = (this.clients.get(client) ?? []).filter((t) => now - t < MINUTE_MS)
    if (recent.length >= this.limits.perClientPerMinute) {
      this.remember(this.clients, client, recent)
      return { ok: false, retryAfterSeconds: Math.ceil((recent[0] + MINUTE_MS - now) / 1000), reason: 'Too many manifest checks from here; try again in a minute.' }
    }
    recent.push(now)
    this.remember(this.clients, client, recent)
    if (fresh) this.remember(this.urls, url, now)
    return { ok: true }
  }

  tracked(): { urls: number; clients: number } {
    return { urls: this.urls.size, clients: this.clients.size }
  }

  /** Re-inserted so Map order is least recently used first; expired entries are swept before dropping live ones. */
  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key)
    map.set(key, value)
    if (map.size <= this.limits.maxTracked) return
    this.sweep()
    while (map.size > this.limits.maxTracked) map.delete(map.keys().next().value as string)
  }

  private sweep(): void {
    const now = this.now()
    for (const [url, at] of this.urls) if (now - at >= this.limits.perUrlMs) this.urls.delete(url)
    for (const [client, times] of this.clients) if (times.every((t) => now - t >= MINUTE_MS)) this.clients.delete(client)
  }
}

/**
 * Who is asking: the last X-Forwarded-For entry, the one the deployment's own proxy appended (the earlier ones are
 * whatever the client sent, so forging them buys nothing), else X-Real-IP. Without a proxy in front a client could
 * set these freely; the per-URL limit and the fetcher's 6-at-once bound hold regardless.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return (forwarded || headers.get('x-real-ip')?.trim() || 'direct').slice(0, 100)
}
