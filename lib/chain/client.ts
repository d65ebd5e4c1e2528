import { createPublicClient, type PublicClient } from 'viem'
import type { ReadContext } from '../ocn/batch'
import type { Network } from './networks'
import { chainOf, ocnTransport, type TransportOptions } from './transport'

export { chainOf, ocnTransport }

/** JSON-RPC batching merges the parallel multicall chunks of one read into a single HTTP request. */
export function createOcnClient(network: Network, options: TransportOptions = {}) {
  return createPublicClient({ chain: chainOf(network), transport: ocnTransport(network.rpcUrl, options) }) as PublicClient
}

export function createReadContext(network: Network, options: TransportOptions = {}): ReadContext {
  return {
    client: createOcnClient(network, options),
    registry: network.registry,
    permissions: network.permissions,
    multicall3: network.multicall3,
  }
}
