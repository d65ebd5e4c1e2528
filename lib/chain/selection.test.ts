import { describe, expect, it } from 'vitest'
import { NETWORKS } from './networks'
import { customNetwork, parseNetworkChoice, resolveNetwork, serializeNetworkChoice } from './selection'

const DEV_ENV = { OCN_RPC_URL: 'http://127.0.0.1:8546' }
const CUSTOM = {
  rpcUrl: 'http://127.0.0.1:9999',
  chainId: '31337',
  registry: NETWORKS.local.registry,
  permissions: NETWORKS.local.permissions,
}

describe('network choice', () => {
  it("keeps the deployment's network, with its overrides, until the visitor picks another", () => {
    expect(resolveNetwork(null, DEV_ENV).rpcUrl).toBe('http://127.0.0.1:8546')
    expect(resolveNetwork({ id: 'local' }, DEV_ENV).rpcUrl).toBe('http://127.0.0.1:8546')
    expect(resolveNetwork({ id: 'volta' }, DEV_ENV)).toEqual(NETWORKS.volta)
    expect(resolveNetwork({ id: 'ewc' }, DEV_ENV).chainId).toBe(246)
  })

  it('reads a custom network from the cookie, unless the deployment forbids it', () => {
    const cookie = serializeNetworkChoice({ id: 'custom', ...CUSTOM })
    const choice = parseNetworkChoice(cookie)
    expect(resolveNetwork(choice, DEV_ENV)).toMatchObject({ id: 'custom', rpcUrl: 'http://127.0.0.1:9999', multicall3: null })
    expect(resolveNetwork(choice, { ...DEV_ENV, OCN_ALLOW_CUSTOM_NETWORK: 'false' }).id).toBe('local')
  })

  it('ignores malformed or invalid cookies', () => {
    expect(parseNetworkChoice('not json')).toBeNull()
    expect(parseNetworkChoice('{"id":"mainnet"}')).toBeNull()
    expect(parseNetworkChoice(serializeNetworkChoice({ id: 'custom', ...CUSTOM, rpcUrl: 'javascript:alert(1)' }))).toBeNull()
  })

  it('explains what is wrong with a custom network in the words of the form', () => {
    expect(customNetwork({ ...CUSTOM, rpcUrl: 'ftp://x' })).toEqual({ error: 'RPC URL must be an http(s) URL: "ftp://x".' })
    expect(customNetwork({ ...CUSTOM, registry: '0x12' })).toEqual({ error: 'Registry address is not an address: "0x12".' })
    expect(customNetwork({ ...CUSTOM, chainId: '' })).toEqual({
      error: 'A custom network needs RPC URL, Chain id, Registry address and Permissions address.',
    })
  })
})
