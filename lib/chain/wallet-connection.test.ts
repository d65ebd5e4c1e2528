import type { Connector, State } from 'wagmi'
import { getConnection } from 'wagmi/actions'
import { describe, expect, it } from 'vitest'
import { NETWORKS } from './networks'
import { makeWagmiConfig } from './wagmi'
import { connectionOf, DISCONNECTED, initialConnection, sameConnection } from './wallet-connection'

const ACCOUNT = '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955'
const CONNECTOR = { id: 'injected', name: 'Injected', type: 'injected', uid: 'abc' } as unknown as Connector
const COOKIE_STATE: State = {
  chainId: 31337,
  current: 'abc',
  connections: new Map([['abc', { accounts: [ACCOUNT], chainId: 1, connector: CONNECTOR }]]),
  status: 'disconnected',
}

describe('the wallet connection without wagmi', () => {
  it.each(['connected', 'reconnecting', 'connecting', 'disconnected'] as const)('reads a %s state as wagmi reads it', (status) => {
    const config = makeWagmiConfig(NETWORKS.local)
    config.setState({ ...COOKIE_STATE, status })
    const wagmi = getConnection(config)
    expect(connectionOf(config.state)).toEqual({ status: wagmi.status, address: wagmi.address, chainId: wagmi.chainId })
  })

  it('paints a connection from the cookie as reconnecting, and a cookie without one as disconnected', () => {
    expect(initialConnection(COOKIE_STATE)).toEqual({ status: 'reconnecting', address: ACCOUNT, chainId: 1 })
    expect(initialConnection({ ...COOKIE_STATE, current: null, connections: new Map() })).toEqual(DISCONNECTED)
    expect(initialConnection(undefined)).toEqual(DISCONNECTED)
  })

  it('tells a changed account, wallet chain or status apart', () => {
    const base = initialConnection(COOKIE_STATE)
    expect(sameConnection(base, { ...base })).toBe(true)
    expect(sameConnection(base, { ...base, status: 'connected' })).toBe(false)
    expect(sameConnection(base, { ...base, chainId: 31337 })).toBe(false)
    expect(sameConnection(base, { ...base, address: undefined })).toBe(false)
  })
})
