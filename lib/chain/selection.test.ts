import { describe, expect, it } from 'vitest'
import { NETWORKS } from './networks'
import { deT, enT } from '../i18n/testing'
import { customNetwork, describeNetworkProblem, type NetworkChoice, networkCookie, networkSettings, readNetworkCookie, selectNetwork } from './selection'

const LOCAL_DEPLOYMENT = { OCN_RPC_URL: 'http://127.0.0.1:8546' }
const VOLTA_DEPLOYMENT = { OCN_NETWORK: 'volta', OCN_RPC_URL: 'https://rpc.operator.example/volta' }
const CUSTOM = {
  rpcUrl: 'http://127.0.0.1:9999',
  chainId: '31337',
  registry: NETWORKS.local.registry,
  permissions: NETWORKS.local.permissions,
}

/** The selection for a raw cookie value, as the server reads it. */
function select(cookie: string | undefined, env: Record<string, string>) {
  return selectNetwork(readNetworkCookie(cookie), networkSettings(env))
}
const cookieOf = (choice: NetworkChoice) => JSON.stringify(choice)

describe('who reads which network', () => {
  it("reads the deployment's network, with its overrides, on the server when nothing is saved", () => {
    expect(select(undefined, LOCAL_DEPLOYMENT)).toMatchObject({ reader: 'server', unavailable: null, network: { id: 'local', rpcUrl: 'http://127.0.0.1:8546' } })
    expect(select(undefined, VOLTA_DEPLOYMENT).network.rpcUrl).toBe('https://rpc.operator.example/volta')
  })

  it('reads the fixed public presets on the server', () => {
    expect(select(cookieOf({ id: 'volta' }), LOCAL_DEPLOYMENT)).toEqual({ network: NETWORKS.volta, reader: 'server', unavailable: null })
    expect(select(cookieOf({ id: 'ewc' }), LOCAL_DEPLOYMENT).network).toEqual(NETWORKS.ewc)
    // The deployment's own preset keeps the operator's RPC.
    expect(select(cookieOf({ id: 'volta' }), VOLTA_DEPLOYMENT).network.rpcUrl).toBe('https://rpc.operator.example/volta')
  })

  it('hands a custom RPC to the browser: the server never reads it', () => {
    const selection = select(cookieOf({ id: 'custom', ...CUSTOM }), LOCAL_DEPLOYMENT)
    expect(selection).toMatchObject({ reader: 'browser', unavailable: null, network: { id: 'custom', rpcUrl: 'http://127.0.0.1:9999', chainId: 31337 } })
  })

  it("reads a custom choice that is exactly the deployment's network on the server", () => {
    const env = { OCN_NETWORK: 'custom', OCN_RPC_URL: CUSTOM.rpcUrl, OCN_CHAIN_ID: '31337', OCN_REGISTRY_ADDRESS: CUSTOM.registry, OCN_PERMISSIONS_ADDRESS: CUSTOM.permissions }
    expect(select(cookieOf({ id: 'custom', ...CUSTOM }), env).reader).toBe('server')
    expect(select(cookieOf({ id: 'custom', ...CUSTOM, rpcUrl: 'http://127.0.0.1:9998' }), env).reader).toBe('browser')
  })

  it('offers "local" only where the deployment is local, and says so otherwise', () => {
    expect(select(cookieOf({ id: 'local' }), LOCAL_DEPLOYMENT)).toMatchObject({ reader: 'server', unavailable: null, network: { rpcUrl: 'http://127.0.0.1:8546' } })
    const elsewhere = select(cookieOf({ id: 'local' }), VOLTA_DEPLOYMENT)
    expect(elsewhere.network.rpcUrl).toBe('https://rpc.operator.example/volta')
    expect(elsewhere.unavailable).toEqual({ reason: 'noLocal', label: 'Local OCN network' })
  })

  it('reports a custom choice the deployment turned off, in any spelling of false', () => {
    for (const off of ['false', 'FALSE', ' 0 ', 'no', 'Off']) {
      const selection = select(cookieOf({ id: 'custom', ...CUSTOM }), { ...LOCAL_DEPLOYMENT, OCN_ALLOW_CUSTOM_NETWORK: off })
      expect(selection).toMatchObject({ reader: 'server', network: { id: 'local' } })
      expect(selection.unavailable).toEqual({ reason: 'customOff', label: '127.0.0.1:9999' })
    }
    expect(select(cookieOf({ id: 'custom', ...CUSTOM }), { ...LOCAL_DEPLOYMENT, OCN_ALLOW_CUSTOM_NETWORK: 'Yes' }).reader).toBe('browser')
  })

  it('reports malformed or invalid cookies instead of ignoring them', () => {
    const malformed = { reason: 'unreadable', label: null }
    for (const cookie of [
      'not json',
      'null',
      '"local"',
      '{"id":"mainnet"}',
      '{"id":"custom","rpcUrl":42}',
      cookieOf({ id: 'custom', ...CUSTOM, rpcUrl: 'javascript:alert(1)' }),
      cookieOf({ id: 'custom', ...CUSTOM, chainId: 'abc' }),
    ]) {
      expect(select(cookie, LOCAL_DEPLOYMENT), cookie).toMatchObject({ reader: 'server', unavailable: malformed, network: { id: 'local' } })
    }
  })

  it('fails loudly on a misspelt OCN_ALLOW_CUSTOM_NETWORK', () => {
    expect(() => networkSettings({ OCN_ALLOW_CUSTOM_NETWORK: 'maybe' })).toThrow(
      'OCN_ALLOW_CUSTOM_NETWORK must be true or false (or 1/0, yes/no, on/off), not "maybe".',
    )
  })
})

describe('the network cookie', () => {
  it('saves a choice the server reads back, and forgets it', () => {
    const written = networkCookie({ id: 'custom', ...CUSTOM })
    expect(written).toMatch(/^ocn-network=[^;]+; path=\/; max-age=31536000; samesite=lax$/)
    const value = decodeURIComponent(written.slice('ocn-network='.length, written.indexOf(';')))
    expect(readNetworkCookie(value)).toEqual({ kind: 'choice', choice: { id: 'custom', ...CUSTOM } })
    expect(networkCookie(null)).toBe('ocn-network=; path=/; max-age=0; samesite=lax')
  })
})

describe('custom network form', () => {
  it('explains what is wrong in the words of the form', () => {
    const say = (fields: typeof CUSTOM, t = enT) => {
      const result = customNetwork(fields)
      return 'error' in result ? describeNetworkProblem(result.error, t) : null
    }
    expect(say({ ...CUSTOM, rpcUrl: 'ftp://x' })).toBe('RPC URL must be an http(s) URL: “ftp://x”.')
    expect(say({ ...CUSTOM, registry: '0x12' })).toBe('Registry address is not an address: “0x12”.')
    expect(say({ ...CUSTOM, chainId: '' })).toBe('A custom network needs RPC URL, Chain id, Registry address and Permissions address.')
    expect(say({ ...CUSTOM, chainId: '-1' })).toBe('Chain id must be a positive integer, not “-1”.')
    expect(say({ ...CUSTOM, registry: '0x12' }, deT)).toBe('Registry-Adresse ist keine Adresse: „0x12“.')
    expect(say(CUSTOM)).toBeNull()
  })
})
