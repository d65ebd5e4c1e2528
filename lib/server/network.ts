import 'server-only'
import { cookies } from 'next/headers'
import { cache } from 'react'
import { createReadContext } from '../chain/client'
import { type Network, networkKey } from '../chain/networks'
import { type CurrentSelection, NETWORK_COOKIE, networkSettings, readNetworkCookie, selectNetwork } from '../chain/selection'
import type { ReadContext } from '../ocn/batch'
import { load, type Loaded } from './load'

/** Read at request time (once per request), so one build serves any network its environment names. */
export const currentSelection = cache(async (): Promise<CurrentSelection> => {
  const settings = networkSettings(process.env)
  const selection = selectNetwork(readNetworkCookie((await cookies()).get(NETWORK_COOKIE)?.value), settings)
  return { ...selection, ...settings }
})

export async function currentNetwork(): Promise<Network> {
  return (await currentSelection()).network
}

/**
 * One client per network the server reads: the deployment's and the fixed public presets, never an address a
 * visitor typed (selectNetwork hands those to the browser), so this map stays a handful of entries.
 */
const contexts = new Map<string, ReadContext>()

function serverReadContext(network: Network): ReadContext {
  const key = `${networkKey(network)}@${network.rpcUrl}`
  let ctx = contexts.get(key)
  if (!ctx) {
    ctx = createReadContext(network)
    contexts.set(key, ctx)
  }
  return ctx
}

/**
 * A page's chain reads on the server, within the page's time budget. `result` is null when the visitor chose
 * a custom RPC: the server sends it nothing, and the page's client component reads it from the browser.
 */
export async function readOnServer<T>(read: (ctx: ReadContext) => Promise<T>): Promise<{ network: Network; result: Loaded<T> | null }> {
  const { network, reader } = await currentSelection()
  if (reader === 'browser') return { network, result: null }
  return { network, result: await load(network, () => read(serverReadContext(network))) }
}
