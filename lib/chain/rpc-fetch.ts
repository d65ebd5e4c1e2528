/**
 * The only way the app talks to a JSON-RPC endpoint, on the server and in the browser. It never follows a
 * redirect (an RPC that redirects could send our requests anywhere) and never sleeps longer than a couple of
 * seconds because an RPC asked it to in Retry-After.
 */

/** The longest Retry-After honoured with one retry; anything longer fails at once and says when to retry. */
export const MAX_RETRY_AFTER_MS = 2_000

export class RpcRateLimitedError extends Error {
  override name = 'RpcRateLimitedError'
  /** Whole seconds the RPC asked to wait, or null when it did not say. */
  readonly retryAfterSeconds: number | null
  constructor(retryAfterMs: number | null) {
    super('The RPC is rate-limiting requests.')
    this.retryAfterSeconds = retryAfterMs === null ? null : Math.max(1, Math.ceil(retryAfterMs / 1000))
  }
}

export class RpcRedirectError extends Error {
  override name = 'RpcRedirectError'
  constructor() {
    super('The RPC answered with a redirect, which is never followed.')
  }
}

/** Retry-After is either delta-seconds or an HTTP date; anything else counts as not said. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  const value = header?.trim()
  if (!value) return null
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    })
  })
}

/** A response we drop: release its connection instead of leaving the body unread. */
function discard(response: Response): void {
  void response.body?.cancel().catch(() => {})
}

export type RpcFetchOptions = { fetchFn?: typeof fetch; maxRetryAfterMs?: number }

export function createRpcFetch(options: RpcFetchOptions = {}): typeof fetch {
  const maxWait = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS
  const send = async (input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> => {
    // Resolved per call, so a fetch patched after start-up (tests, instrumentation) is the one used.
    const response = await (options.fetchFn ?? globalThis.fetch)(input, { ...init, redirect: 'manual' })
    // Browsers hide a manual redirect behind an opaque response with status 0; Node shows the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      discard(response)
      throw new RpcRedirectError()
    }
    return response
  }

  return async (input, init) => {
    const first = await send(input, init)
    if (first.status !== 429) return first
    discard(first)
    const wait = retryAfterMs(first.headers.get('retry-after'))
    if (wait === null || wait > maxWait) throw new RpcRateLimitedError(wait)
    // The request's own timeout signal bounds the wait too: a retry never outlives the page's budget.
    await sleep(wait, init?.signal)
    const second = await send(input, init)
    if (second.status !== 429) return second
    discard(second)
    throw new RpcRateLimitedError(retryAfterMs(second.headers.get('retry-after')))
  }
}

export const rpcFetch = createRpcFetch()
