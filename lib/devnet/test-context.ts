import { inject } from 'vitest'
import { createReadContext } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import type { ReadContext } from '../ocn/batch'

/** A read context on the seeded test chain started by vitest-chain.ts. */
export function testReadContext(options: { multicall3?: boolean; fetchFn?: typeof fetch } = {}): ReadContext {
  const network = { ...NETWORKS.local, rpcUrl: inject('chainUrl') }
  return createReadContext({ ...network, multicall3: options.multicall3 === false ? null : network.multicall3 }, options)
}

/** A fetch that counts the HTTP requests a read makes, and the JSON-RPC methods they carry, before `inner` sends them. */
export function countingFetch(inner: typeof fetch = fetch): { fetchFn: typeof fetch; count: () => number; methods: () => string[] } {
  let requests = 0
  const methods: string[] = []
  return {
    fetchFn: (input, init) => {
      requests += 1
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : null
      for (const message of [body].flat()) methods.push(String((message as { method?: unknown } | null)?.method))
      return inner(input, init)
    },
    count: () => requests,
    methods: () => [...methods],
  }
}
