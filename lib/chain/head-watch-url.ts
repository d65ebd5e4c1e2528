import { type Network, NetworkConfigError, networkFromEnv, networkKey } from './networks'

type Env = Record<string, string | undefined>

/** OCN_WS_URL's value that turns the subscription off: the deployment's network then relies on the TTL alone. */
const OFF = 'off'

function wsUrlFrom(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new NetworkConfigError(`OCN_WS_URL is not a URL: "${raw}".`)
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new NetworkConfigError(`OCN_WS_URL must be a ws(s) URL or "${OFF}": "${raw}".`)
  }
  return raw
}

/** anvil (and geth, reth, hardhat) answer WebSocket upgrades on their HTTP port. */
function derivedFrom(rpcUrl: string): string | null {
  const url = new URL(rpcUrl)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}

/**
 * Where the server subscribes to a network's new heads, or null (the TTL alone then decides when to check the
 * head). Only the deployment's own network has one: OCN_WS_URL names it ("off" for none); without it a local
 * chain's is derived from its RPC URL. The public presets' RPCs are read by TTL: no socket is opened to an
 * endpoint nobody configured.
 */
export function headWatchUrl(network: Network, env: Env): string | null {
  const deployment = networkFromEnv(env)
  if (network.rpcUrl !== deployment.rpcUrl || networkKey(network) !== networkKey(deployment)) return null
  const configured = env.OCN_WS_URL?.trim()
  if (configured === OFF) return null
  if (configured) return wsUrlFrom(configured)
  return network.kind === 'local' ? derivedFrom(network.rpcUrl) : null
}
