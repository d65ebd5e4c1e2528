import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enT } from '../i18n/testing'
import { jsonRpcResult, startTestListener } from '../devnet/test-listener'
import { describeReadError } from '../ocn/errors'
import { createOcnClient } from './client'
import { NETWORKS } from './networks'
import { ReadBudgetError, withReadBudget } from './read-budget'
import { MAX_RETRY_AFTER_MS, retryAfterMs, RpcRateLimitedError, RpcRedirectError } from './rpc-fetch'

/**
 * A real HTTP server on 127.0.0.1 plays a misbehaving RPC. Paths pick the behaviour; `attempts` counts what
 * each path received, so a test can tell a retry from a redirect followed.
 */
const attempts = new Map<string, number>()
let listener: Awaited<ReturnType<typeof startTestListener>>

beforeAll(async () => {
  listener = await startTestListener((request, body, response) => {
    const path = request.url ?? ''
    const attempt = (attempts.get(path) ?? 0) + 1
    attempts.set(path, attempt)
    const ok = () => response.writeHead(200, { 'content-type': 'application/json' }).end(jsonRpcResult(body, '0x7a69'))
    const limited = (retryAfter?: string) => response.writeHead(429, retryAfter ? { 'retry-after': retryAfter } : {}).end('slow down')
    if (path === '/redirect') return void response.writeHead(307, { location: '/target' }).end()
    if (path === '/moved') return void response.writeHead(301, { location: '/target' }).end()
    if (path === '/target') return ok()
    if (path === '/limit-1s') return attempt === 1 ? limited('1') : ok()
    if (path === '/limit-past-date') return attempt === 1 ? limited(new Date(Date.now() - 60_000).toUTCString()) : ok()
    if (path === '/limit-30s') return limited('30')
    if (path === '/limit-always') return limited('1')
    if (path === '/limit-unsaid') return limited()
    if (path === '/hang') return // never answers
    response.writeHead(404).end()
  })
})

afterAll(() => listener.stop())

const clientFor = (path: string, timeoutMs?: number) => createOcnClient({ ...NETWORKS.local, rpcUrl: `${listener.url}${path}` }, { timeoutMs })

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the read to fail')
}

/** The error of a given type anywhere in viem's chain of causes. */
function causeOf<T>(error: unknown, type: new (...args: never[]) => T): T | undefined {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) if (e instanceof type) return e
  return undefined
}

describe('RPC transport', () => {
  it('answers through the wrapper when the RPC behaves', async () => {
    expect(await clientFor('/target').getChainId()).toBe(31337)
  })

  it('never follows a redirect, temporary or permanent', async () => {
    for (const path of ['/redirect', '/moved']) {
      const before = attempts.get('/target') ?? 0
      const error = await failure(clientFor(path).getChainId())
      expect(causeOf(error, RpcRedirectError)).toBeDefined()
      expect(attempts.get('/target') ?? 0).toBe(before)
      expect(describeReadError(error, enT)).toBe("The network's RPC answered with a redirect, which the marketplace never follows.")
    }
  })

  it('waits a short Retry-After once, then succeeds', async () => {
    const started = Date.now()
    expect(await clientFor('/limit-1s').getChainId()).toBe(31337)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(attempts.get('/limit-1s')).toBe(2)
    expect(await clientFor('/limit-past-date').getChainId()).toBe(31337)
  })

  it('does not sleep through a long Retry-After: fails at once and says when to retry', async () => {
    const started = Date.now()
    const error = await failure(clientFor('/limit-30s').getChainId())
    expect(Date.now() - started).toBeLessThan(MAX_RETRY_AFTER_MS)
    expect(attempts.get('/limit-30s')).toBe(1)
    expect(causeOf(error, RpcRateLimitedError)?.retryAfterSeconds).toBe(30)
    expect(describeReadError(error, enT)).toBe("The network's RPC is rate-limiting requests; try again in 30 s.")
  })

  it('retries only once, and says so when the RPC gives no time', async () => {
    expect(describeReadError(await failure(clientFor('/limit-always').getChainId()), enT)).toBe(
      "The network's RPC is rate-limiting requests; try again in 1 s.",
    )
    expect(attempts.get('/limit-always')).toBe(2)
    expect(describeReadError(await failure(clientFor('/limit-unsaid').getChainId()), enT)).toBe(
      "The network's RPC is rate-limiting requests; try again in a minute.",
    )
    expect(attempts.get('/limit-unsaid')).toBe(1)
  })

  it('gives up on a silent RPC within the page budget, in words that reveal nothing about the target', async () => {
    const started = Date.now()
    const error = await failure(withReadBudget(clientFor('/hang', 10_000).getChainId(), { budgetMs: 1_000 }))
    expect(error).toBeInstanceOf(ReadBudgetError)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(describeReadError(error, enT)).toBe("The network's RPC did not answer within 1 s. It may be slow or down; try again.")
  })

  it("recognises viem's own request timeout as a silent RPC", async () => {
    const error = await failure(clientFor('/hang', 300).getChainId())
    expect(describeReadError(error, enT)).toBe("The network's RPC did not answer within 6 s. It may be slow or down; try again.")
  })

  it('says a closed port "did not answer" without echoing the socket error', async () => {
    const closed = createOcnClient({ ...NETWORKS.local, rpcUrl: 'http://127.0.0.1:9/' })
    const message = describeReadError(await failure(closed.getChainId()), enT)
    expect(message).toBe("The network's RPC did not answer. It may be down or unreachable from here.")
    expect(message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed|:9/)
  })

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2_000)
    expect(retryAfterMs(' 0 ')).toBe(0)
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:30 GMT'))).toBe(30_000)
    expect(retryAfterMs('soon')).toBeNull()
    expect(retryAfterMs(null)).toBeNull()
  })
})
