import { serialize } from 'wagmi'
import { describe, expect, it } from 'vitest'
import { isWalletState, parseWalletStore } from './wallet-state'

const CONNECTED = {
  state: {
    chainId: 31337,
    current: 'abc',
    connections: new Map([['abc', { accounts: ['0x14dC79964da2C08b23698B3D3cc7Ca32193d9955'], chainId: 31337, connector: { id: 'injected', name: 'Injected', type: 'injected', uid: 'abc' } }]]),
  },
  version: 2,
}

describe('the wallet connection cookie', () => {
  it('accepts what wagmi writes, connected or not', () => {
    expect(parseWalletStore(serialize(CONNECTED))).toEqual(CONNECTED.state)
    const disconnected = { state: { chainId: 31337, current: null, connections: new Map() }, version: 2 }
    expect(parseWalletStore(serialize(disconnected))).toEqual(disconnected.state)
  })

  it.each([
    ['not JSON', '{"state":'],
    ['a percent sign', '%'],
    ['JSON of another shape', '{"state":{"connections":5,"chainId":31337,"current":null}}'],
    ['a state that is a string', '{"state":"x"}'],
    ['a Map that cannot be built', '{"state":{"connections":{"__type":"Map","value":5}}}'],
    ['a bigint that is not a number', '{"state":{"chainId":{"__type":"bigint","value":"x"}}}'],
    ['a connection without accounts', serialize({ state: { ...CONNECTED.state, connections: new Map([['abc', { chainId: 1, connector: CONNECTED.state.connections.get('abc')!.connector }]]) } })],
    ['an account that is no address', serialize({ state: { ...CONNECTED.state, connections: new Map([['abc', { ...CONNECTED.state.connections.get('abc')!, accounts: ['<script>'] }]]) } })],
    ['a connector without its fields', serialize({ state: { ...CONNECTED.state, connections: new Map([['abc', { ...CONNECTED.state.connections.get('abc')!, connector: {} }]]) } })],
    ['a chain id that is not one', serialize({ state: { ...CONNECTED.state, chainId: -1 } })],
  ])('refuses %s', (_, raw) => {
    expect(parseWalletStore(raw)).toBeNull()
  })

  it('checks states already parsed, as the server gets them', () => {
    expect(isWalletState(CONNECTED.state)).toBe(true)
    expect(isWalletState(undefined)).toBe(false)
    expect(isWalletState({ ...CONNECTED.state, current: 5 })).toBe(false)
  })
})
