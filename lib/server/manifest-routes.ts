import 'server-only'
import { CheckLimiter, clientKey } from './check-limiter'
import { checkedUrl } from './manifest-request'
import { manifestBook } from './manifests'
import { currentNetwork } from './network'

/** Longer than one fetch's deadline (5 s) plus a wait behind the 6 running ones; past it the answer is pending. */
const CHECK_WAIT_MS = 8_000

const HEADERS = { 'cache-control': 'private, no-store', vary: 'Cookie' }

const LIMITER_KEY = Symbol.for('ocn-marketplace.manifest-check-limiter')
const limiter: CheckLimiter = ((globalThis as { [LIMITER_KEY]?: CheckLimiter })[LIMITER_KEY] ??= new CheckLimiter({
  perUrlMs: 5_000,
  perClientPerMinute: 30,
  maxTracked: 10_000,
}))

export async function checkRequest(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const checked = checkedUrl(params)
  if ('error' in checked) return Response.json({ error: checked.error }, { status: 400, headers: HEADERS })
  const fresh = params.get('fresh') === '1'
  try {
    const book = manifestBook(await currentNetwork())
    if (fresh || book.cached(checked.url) === null) {
      const verdict = limiter.take(clientKey(request.headers), checked.url, { fresh })
      if (!verdict.ok) {
        return Response.json({ error: verdict.reason }, { status: 429, headers: { ...HEADERS, 'retry-after': String(verdict.retryAfterSeconds) } })
      }
    }
    return Response.json(await book.result(checked.url, { fresh, waitMs: CHECK_WAIT_MS }), { headers: HEADERS })
  } catch {
    // The check itself never throws (failures are states); this is the network selection or worse.
    return Response.json({ error: 'The manifest could not be checked just now.' }, { status: 500, headers: HEADERS })
  }
}
