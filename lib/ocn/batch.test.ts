import type { Address } from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createReadContext } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import type { RpcBudget } from '../chain/rpc-budget'
import { type RpcLimits, startLimitedRpc } from '../devnet/limited-rpc'
import { TEST_LISTENER_PORT } from '../devnet/test-listener'
import { testReadContext } from '../devnet/test-context'
import { CALLS_PER_MULTICALL, readAll } from './batch'
import { permissionsRead } from './calls'

/**
 * A real proxy in front of the test chain refuses what public RPCs refuse: bodies over a size (413), batches
 * over a number of calls (a JSON-RPC error), eth_calls over a gas-like cap ("out of gas"). Reads through it must
 * give exactly what an unconstrained read gives, in a number of requests that grows with the depth of halving,
 * never with the number of calls.
 */
let proxy: Awaited<ReturnType<typeof startLimitedRpc>>
let limits: RpcLimits = {}
let providers: Address[]

beforeAll(async () => {
  // The proxy reads `limits` per request through this object, so each test sets its own.
  proxy = await startLimitedRpc(inject('chainUrl'), TEST_LISTENER_PORT, {
    get maxBodyBytes() {
      return limits.maxBodyBytes
    },
    get maxCallsPerBatch() {
      return limits.maxCallsPerBatch
    },
    get maxCallDataChars() {
      return limits.maxCallDataChars
    },
  })
  const ctx = testReadContext()
  providers = [...(await ctx.client.readContract(permissionsRead(ctx, 'getProviders', [])))]
})

afterEach(() => proxy.reset())
afterAll(() => proxy.stop())

/** `count` getService calls over the demo providers: real, distinct-enough reads without seeding. */
function serviceCalls(count: number) {
  return Array.from({ length: count }, (_, i) => permissionsRead(NETWORKS.local, 'getService', [providers[i % providers.length]]))
}

function proxiedContext(budget?: RpcBudget) {
  return createReadContext({ ...NETWORKS.local, rpcUrl: proxy.url }, { budget })
}

const accepted = () => proxy.requests.filter((r) => !r.refused)

describe('reads that fit the RPC', () => {
  it('a batch over the RPC\'s body limit is sent again in halves until each fits', async () => {
    const calls = serviceCalls(10 * CALLS_PER_MULTICALL)
    const expected = await readAll(testReadContext(), calls)
    limits = { maxBodyBytes: 100_000 }

    expect(await readAll(proxiedContext(), calls)).toEqual(expected)

    // Ten multicalls of about 90 KB each: refused together, then 5 + 5, then 3 + 2 ... down to one per request.
    expect(proxy.requests.slice(0, 3).map((r) => [r.calls, r.refused])).toEqual([[10, true], [5, true], [5, true]])
    expect(accepted().every((r) => r.bytes <= 100_000)).toBe(true)
    expect(accepted().map((r) => r.calls)).toEqual(Array(10).fill(1))
    // A binary tree with 10 leaves has 19 nodes: at most that many requests, and no multicall was split.
    expect(proxy.requests.length).toBeLessThanOrEqual(19)
    expect(proxy.ethCalls()).toBe(10)
  })

  it('a single multicall over the body limit is split into halves of its calls', async () => {
    const calls = serviceCalls(2 * CALLS_PER_MULTICALL)
    const expected = await readAll(testReadContext(), calls)
    limits = { maxBodyBytes: 60_000 }

    expect(await readAll(proxiedContext(), calls)).toEqual(expected)

    // Two multicalls of 200 (about 90 KB each) are refused, then four of 100 (about 45 KB) fit two by two.
    expect(accepted().every((r) => r.bytes <= 60_000)).toBe(true)
    expect(proxy.ethCalls()).toBe(4)
  })

  it('a batch over the RPC\'s call limit is halved until it is accepted', async () => {
    const calls = serviceCalls(10 * CALLS_PER_MULTICALL)
    const expected = await readAll(testReadContext(), calls)
    limits = { maxCallsPerBatch: 3 }

    expect(await readAll(proxiedContext(), calls)).toEqual(expected)

    // 10 refused, 5 + 5 refused, then 3 + 2 + 3 + 2 accepted: 7 requests, not 10.
    expect(proxy.requests.map((r) => r.calls).sort()).toEqual([10, 2, 2, 3, 3, 5, 5].sort())
    expect(accepted().map((r) => r.calls).sort()).toEqual([2, 2, 3, 3])
  })

  it('within the app\'s own budget, no request is refused', async () => {
    const calls = serviceCalls(10 * CALLS_PER_MULTICALL)
    const expected = await readAll(testReadContext(), calls)
    limits = { maxBodyBytes: 100_000, maxCallsPerBatch: 4 }

    expect(await readAll(proxiedContext({ maxBodyBytes: 100_000, maxCallsPerBatch: 4 }), calls)).toEqual(expected)

    expect(proxy.requests.every((r) => !r.refused)).toBe(true)
    expect(proxy.requests.length).toBe(10)
  })

  it.each([400, 800])(
    'over a per-call gas cap, %i calls take the same three rounds: the requests grow with the halving depth, not the calls',
    async (count) => {
      const calls = serviceCalls(count)
      const expected = await readAll(testReadContext(), calls)
      // About 448 hex characters per getService in an aggregate3: 50 calls pass the cap, 51 do not.
      limits = { maxCallDataChars: 448 * 50 + 200 }

      expect(await readAll(proxiedContext(), calls)).toEqual(expected)

      // Multicalls of 200 fail, their halves of 100 fail, the quarters of 50 pass: one HTTP request per round.
      expect(proxy.requests.length).toBe(3)
      const chunks = count / CALLS_PER_MULTICALL
      expect(proxy.ethCalls()).toBe(chunks * (1 + 2 + 4))
    },
  )
})
