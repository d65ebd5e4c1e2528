import 'server-only'
import { type Config, cookieToInitialState, type State } from 'wagmi'
import { type Network, networkKey } from '../chain/networks'
import { makeWagmiConfig } from '../chain/wagmi'
import { isWalletState } from '../chain/wallet-state'

/**
 * The deployment's wagmi config, built once per process rather than once per request (its connectors and stores
 * were a steady share of every page's render). The server only reads the cookie's storage key from it. Keyed by
 * the deployment's own network, which comes from the environment, never from a visitor: a handful of entries.
 */
const configs = new Map<string, Config>()

export function serverWagmiConfig(deployment: Network): Config {
  const key = `${networkKey(deployment)}@${deployment.rpcUrl}`
  let config = configs.get(key)
  if (!config) configs.set(key, (config = makeWagmiConfig(deployment)))
  return config
}

/**
 * The wallet connection to render the first paint with, from the request's cookies. A malformed cookie counts
 * as no connection: the page renders disconnected instead of failing, and the browser drops the cookie.
 */
export function initialWalletState(config: Config, cookieHeader: string | null): State | undefined {
  try {
    const state = cookieToInitialState(config, cookieHeader)
    return isWalletState(state) ? state : undefined
  } catch {
    return undefined
  }
}
