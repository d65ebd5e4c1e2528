import { describe, expect, it } from 'vitest'
import { NETWORKS } from '../chain/networks'
import { type CustomNetworkFields, type NetworkChoice } from '../chain/selection'
import { connectSources, cspOrigin } from './connect-sources'

const LOCAL_ENV = { OCN_RPC_URL: 'http://127.0.0.1:8546' }
const VOLTA = 'https://volta-rpc.energyweb.org'
const EWC = 'https://rpc.energyweb.org'

const cookieOf = (choice: NetworkChoice) => JSON.stringify(choice)

function customCookie(rpcUrl: string): string {
  const fields: CustomNetworkFields = { rpcUrl, chainId: '31337', registry: NETWORKS.local.registry, permissions: NETWORKS.local.permissions }
  return cookieOf({ id: 'custom', ...fields })
}

describe('cspOrigin', () => {
  it('keeps only the origin of an http(s) URL', () => {
    expect(cspOrigin('https://Node.Example.org:8443/rpc?key=1#x')).toBe('https://node.example.org:8443')
    expect(cspOrigin('https://rpc.example.org:443/')).toBe('https://rpc.example.org')
    expect(cspOrigin('http://127.0.0.1:8545')).toBe('http://127.0.0.1:8545')
    expect(cspOrigin('http://münchen.example/')).toBe('http://xn--mnchen-3ya.example')
  })

  it('refuses other schemes, garbage, and hosts that would smuggle CSP syntax', () => {
    for (const url of ['ws://127.0.0.1:8545', 'javascript:alert(1)', 'data:text/plain,x', 'not a url', '', 'http://[::1]:8545']) {
      expect(cspOrigin(url), url).toBeNull()
    }
    // A WHATWG URL accepts these hosts; each would end the directive, add a source or a keyword.
    for (const url of ['http://a;script-src *.x', 'http://evil.example;script-src', 'http://a,b.example', "http://'unsafe-eval'.x", 'http://*.example']) {
      expect(cspOrigin(url), url).toBeNull()
    }
  })
})

describe('connectSources', () => {
  it("allows the app, the deployment's local RPC and the networks the switcher offers, and nothing else", () => {
    expect(connectSources(undefined, LOCAL_ENV)).toEqual(["'self'", 'http://127.0.0.1:8546', VOLTA, EWC])
  })

  it('offers no local RPC on a deployment that does not run the local network', () => {
    const sources = connectSources(undefined, { OCN_NETWORK: 'volta' })
    expect(sources).toEqual(["'self'", VOLTA, EWC])
    expect(sources.join(' ')).not.toContain('127.0.0.1')
  })

  it("follows the deployment's own RPC override for its network", () => {
    expect(connectSources(undefined, { OCN_NETWORK: 'ewc', OCN_RPC_URL: 'https://ewc.internal.example/rpc' })).toEqual([
      "'self'",
      'https://ewc.internal.example',
      VOLTA,
    ])
  })

  it('adds a public preset the visitor picked, but never a local RPC the deployment does not run', () => {
    expect(connectSources(cookieOf({ id: 'volta' }), { OCN_NETWORK: 'ewc' })).toEqual(["'self'", VOLTA, EWC])
    expect(connectSources(cookieOf({ id: 'local' }), { OCN_NETWORK: 'volta' })).toEqual(["'self'", VOLTA, EWC])
  })

  it("adds the visitor's custom RPC origin only when custom networks are allowed", () => {
    const cookie = customCookie('https://my-node.example:8545/path?token=secret')
    expect(connectSources(cookie, LOCAL_ENV)).toEqual(["'self'", 'https://my-node.example:8545', 'http://127.0.0.1:8546', VOLTA, EWC])
    expect(connectSources(cookie, { ...LOCAL_ENV, OCN_ALLOW_CUSTOM_NETWORK: 'false' })).toEqual(["'self'", 'http://127.0.0.1:8546', VOLTA, EWC])
  })

  it('never lets a cookie inject policy syntax', () => {
    for (const rpcUrl of ['http://evil.example;script-src', "http://x'unsafe-inline'.example", 'http://a,b.example']) {
      const sources = connectSources(customCookie(rpcUrl), LOCAL_ENV)
      expect(sources, rpcUrl).toEqual(["'self'", 'http://127.0.0.1:8546', VOLTA, EWC])
    }
    expect(connectSources('{"id":"custom","rpcUrl":"http://x.example; script-src *"}', LOCAL_ENV)).toEqual(["'self'", 'http://127.0.0.1:8546', VOLTA, EWC])
    expect(connectSources('%%%not json', LOCAL_ENV)).toEqual(["'self'", 'http://127.0.0.1:8546', VOLTA, EWC])
  })

  it("leaves only 'self' when the deployment's configuration is broken", () => {
    expect(connectSources(undefined, { OCN_NETWORK: 'mainnet' })).toEqual(["'self'"])
  })
})
