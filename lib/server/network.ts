import 'server-only'
import { createOcnClient } from '../chain/client'
import { type Network, networkFromEnv } from '../chain/networks'
import type { ReadContext } from '../ocn/batch'

/** Read at request time, so one build serves any network its environment names. */
export function currentNetwork(): Network {
  return networkFromEnv(process.env)
}

const contexts = new Map<string, ReadContext>()

export function readContextFor(network: Network): ReadContext {
  const key = `${network.rpcUrl}|${network.registry}|${network.permissions}|${network.multicall3}`
  let ctx = contexts.get(key)
  if (!ctx) {
    ctx = {
      client: createOcnClient(network),
      registry: network.registry,
      permissions: network.permissions,
      multicall3: network.multicall3,
    }
    contexts.set(key, ctx)
  }
  return ctx
}
