import { describe, expect, it } from 'vitest'
import { headWatchUrl } from './head-watch-url'
import { NetworkConfigError, networkFromEnv, NETWORKS } from './networks'

describe('headWatchUrl', () => {
  it("derives a local chain's socket from its RPC URL", () => {
    const env = { OCN_NETWORK: 'local', OCN_RPC_URL: 'http://127.0.0.1:8620' }
    expect(headWatchUrl(networkFromEnv(env), env)).toBe('ws://127.0.0.1:8620/')
    const secure = { OCN_NETWORK: 'local', OCN_RPC_URL: 'https://chain.example/rpc' }
    expect(headWatchUrl(networkFromEnv(secure), secure)).toBe('wss://chain.example/rpc')
  })

  it('takes OCN_WS_URL for the deployment, and "off" for none', () => {
    const local = { OCN_NETWORK: 'local', OCN_RPC_URL: 'http://127.0.0.1:8628', OCN_WS_URL: 'ws://127.0.0.1:8627' }
    expect(headWatchUrl(networkFromEnv(local), local)).toBe('ws://127.0.0.1:8627')
    const ewc = { OCN_NETWORK: 'ewc', OCN_WS_URL: ' wss://ws.example/ewc ' }
    expect(headWatchUrl(networkFromEnv(ewc), ewc)).toBe('wss://ws.example/ewc')
    const off = { OCN_NETWORK: 'local', OCN_WS_URL: 'off' }
    expect(headWatchUrl(networkFromEnv(off), off)).toBeNull()
  })

  it('opens none to a remote RPC nobody named, nor to a public preset besides the deployment', () => {
    expect(headWatchUrl(NETWORKS.volta, { OCN_NETWORK: 'volta' })).toBeNull()
    const named = { OCN_NETWORK: 'volta', OCN_WS_URL: 'wss://ws.example/volta' }
    expect(headWatchUrl(NETWORKS.ewc, named)).toBeNull()
    expect(headWatchUrl(NETWORKS.local, { OCN_NETWORK: 'local', OCN_RPC_URL: 'http://127.0.0.1:9999' })).toBeNull()
  })

  it('refuses an OCN_WS_URL that is not a WebSocket URL, naming the variable', () => {
    for (const bad of ['http://127.0.0.1:8545', 'not a url', 'none']) {
      const env = { OCN_NETWORK: 'local', OCN_WS_URL: bad }
      expect(() => headWatchUrl(NETWORKS.local, env)).toThrow(NetworkConfigError)
      expect(() => headWatchUrl(NETWORKS.local, env)).toThrow(/OCN_WS_URL/)
    }
  })
})
