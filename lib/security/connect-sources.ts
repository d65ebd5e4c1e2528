import { NetworkConfigError, NETWORKS } from '../chain/networks'
import { networkSettings, publicPresets, readNetworkCookie, selectNetwork } from '../chain/selection'

type Env = Record<string, string | undefined>

/**
 * The CSP host-source grammar: letters, digits, hyphens and dots, and a port. A WHATWG URL lets `;`, `,` and
 * quotes through in a host, and those would end the directive or add a source, so anything else is refused.
 * IPv6 literals are not in the grammar either.
 */
const CSP_ORIGIN = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/

/** An http(s) URL's origin in a form that is safe to place in a CSP, or null. */
export function cspOrigin(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  return CSP_ORIGIN.test(parsed.origin) ? parsed.origin : null
}

/**
 * The origins the browser may send requests to besides the app itself: the RPC of the network the page is
 * rendered for (the visitor's custom RPC among them, when the deployment allows custom networks; the browser alone
 * reads it), the deployment's own RPC and the public presets the switcher offers — a switch must not be blocked by
 * the policy of the page it starts from. A "local" choice on a deployment that runs no local network adds nothing.
 * `cookie` is the raw network-choice cookie; a broken deployment configuration leaves only 'self'.
 */
export function connectSources(cookie: string | undefined, env: Env): string[] {
  const rpcUrls: string[] = []
  try {
    const settings = networkSettings(env)
    rpcUrls.push(selectNetwork(readNetworkCookie(cookie), settings).network.rpcUrl, settings.deployment.rpcUrl)
    for (const id of publicPresets(settings.deployment)) rpcUrls.push(NETWORKS[id].rpcUrl)
  } catch (error) {
    if (!(error instanceof NetworkConfigError)) throw error
  }
  const origins = rpcUrls.map(cspOrigin).filter((origin): origin is string => origin !== null)
  return ["'self'", ...new Set(origins)]
}
