import { inject } from 'vitest'
import { createReadContext } from '../chain/client'
import { NETWORKS } from '../chain/networks'
import type { ReadContext } from '../ocn/batch'

/** A read context on the seeded test chain started by vitest-chain.ts. */
export function testReadContext(options: { multicall3?: boolean; fetchFn?: typeof fetch } = {}): ReadContext {
  const network = { ...NETWORKS.local, rpcUrl: inject('chainUrl') }
  return createReadContext({ ...network, multicall3: options.multicall3 === false ? null : network.multicall3 }, options)
}

/** A fetch that counts the HTTP requests a read makes. */
export function countingFetch(): { fetchFn: typeof fetch; count: () => number } {
  let requests = 0
  return {
    fetchFn: (input, init) => {
      requests += 1
      return fetch(input, init)
    },
    count: () => requests,
  }
}
