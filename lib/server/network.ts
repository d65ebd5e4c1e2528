import 'server-only'
import { cookies } from 'next/headers'
import { createReadContext } from '../chain/client'
import type { Network } from '../chain/networks'
import { NETWORK_COOKIE, parseNetworkChoice, resolveNetwork } from '../chain/selection'
import type { ReadContext } from '../ocn/batch'

/** Read at request time, so one build serves any network its environment names or the visitor picks. */
export async function currentNetwork(): Promise<Network> {
  const choice = parseNetworkChoice((await cookies()).get(NETWORK_COOKIE)?.value)
  return resolveNetwork(choice, process.env)
}

/** Clients are reused across requests; custom networks come from visitors' cookies, so the cache is bounded. */
const contexts = new Map<string, ReadContext>()
const MAX_CONTEXTS = 16

export function readContextFor(network: Network): ReadContext {
  const key = `${network.chainId}|${network.rpcUrl}|${network.registry}|${network.permissions}|${network.multicall3}`
  let ctx = contexts.get(key)
  if (!ctx) {
    if (contexts.size >= MAX_CONTEXTS) contexts.delete(contexts.keys().next().value!)
    ctx = createReadContext(network)
    contexts.set(key, ctx)
  }
  return ctx
}

/** The current network and a read context for it: what every page starts from. */
export async function currentReader(): Promise<{ network: Network; ctx: ReadContext }> {
  const network = await currentNetwork()
  return { network, ctx: readContextFor(network) }
}
