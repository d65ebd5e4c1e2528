import { createPublicClient, defineChain, http, type PublicClient } from 'viem'
import type { ReadContext } from '../ocn/batch'
import type { Network } from './networks'

export function chainOf(network: Network) {
  return defineChain({
    id: network.chainId,
    name: network.name,
    nativeCurrency: { ...network.currency, decimals: 18 },
    rpcUrls: { default: { http: [network.rpcUrl] } },
    blockExplorers: network.explorerUrl
      ? { default: { name: 'Explorer', url: network.explorerUrl } }
      : undefined,
    contracts: network.multicall3 ? { multicall3: { address: network.multicall3 } } : undefined,
    testnet: network.kind !== 'mainnet',
  })
}

/** JSON-RPC batching merges the parallel multicall chunks of one read into a single HTTP request. */
export function createOcnClient(network: Network, options: { fetchFn?: typeof fetch; timeoutMs?: number } = {}) {
  return createPublicClient({
    chain: chainOf(network),
    transport: http(network.rpcUrl, {
      batch: { wait: 0, batchSize: 1_000 },
      retryCount: 1,
      timeout: options.timeoutMs ?? 10_000,
      fetchFn: options.fetchFn,
    }),
  }) as PublicClient
}

export function createReadContext(network: Network, options: { fetchFn?: typeof fetch; timeoutMs?: number } = {}): ReadContext {
  return {
    client: createOcnClient(network, options),
    registry: network.registry,
    permissions: network.permissions,
    multicall3: network.multicall3,
  }
}
