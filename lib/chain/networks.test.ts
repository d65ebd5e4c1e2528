import { describe, expect, it } from 'vitest'
import { explorerAddressUrl, NETWORKS, NetworkConfigError, networkFromEnv } from './networks'

describe('networks', () => {
  it('defaults to the local network', () => {
    expect(networkFromEnv({})).toEqual(NETWORKS.local)
  })

  it('knows the live deployments on Volta and Energy Web Chain', () => {
    expect(networkFromEnv({ OCN_NETWORK: 'volta' })).toMatchObject({
      chainId: 73799,
      kind: 'testnet',
      registry: '0xd57595D5FA1F94725C426739C449b15D92758D55',
      permissions: '0xa72479612436D1f9df5FA975baFB9ae74529aB0E',
      multicall3: null,
    })
    expect(networkFromEnv({ OCN_NETWORK: 'ewc' })).toMatchObject({
      chainId: 246,
      kind: 'mainnet',
      rpcUrl: 'https://rpc.energyweb.org',
      registry: '0x184aeD70F2aaB0Cd1FC62261C1170560cBfd0776',
      permissions: '0x9a59513F0C9Aa56CB4D3f3bAe0513868907BB978',
    })
  })

  it('lets the RPC URL and addresses be overridden, checksumming addresses', () => {
    const network = networkFromEnv({
      OCN_NETWORK: 'volta',
      OCN_RPC_URL: 'http://127.0.0.1:9545',
      OCN_REGISTRY_ADDRESS: '0x5fbdb2315678afecb367f032d93f642f64180aa3',
    })
    expect(network.rpcUrl).toBe('http://127.0.0.1:9545')
    expect(network.registry).toBe('0x5FbDB2315678afecb367f032d93F642f64180aa3')
    expect(network.permissions).toBe(NETWORKS.volta.permissions)
  })

  it('builds a custom network from all its parts, and says which are missing', () => {
    expect(() => networkFromEnv({ OCN_NETWORK: 'custom', OCN_RPC_URL: 'http://127.0.0.1:8545' })).toThrow(
      'OCN_NETWORK=custom needs',
    )
    const custom = networkFromEnv({
      OCN_NETWORK: 'custom',
      OCN_RPC_URL: 'http://127.0.0.1:8545',
      OCN_CHAIN_ID: '1337',
      OCN_REGISTRY_ADDRESS: NETWORKS.local.registry,
      OCN_PERMISSIONS_ADDRESS: NETWORKS.local.permissions,
    })
    expect(custom).toMatchObject({ id: 'custom', chainId: 1337, multicall3: null, kind: 'testnet' })
  })

  it('rejects bad configuration with a clear message', () => {
    expect(() => networkFromEnv({ OCN_NETWORK: 'mainnet' })).toThrow(NetworkConfigError)
    expect(() => networkFromEnv({ OCN_RPC_URL: 'javascript:alert(1)' })).toThrow('must be an http(s) URL')
    expect(() => networkFromEnv({ OCN_RPC_URL: 'not a url' })).toThrow('is not a URL')
    expect(() => networkFromEnv({ OCN_REGISTRY_ADDRESS: '0x123' })).toThrow('is not an address')
    expect(() => networkFromEnv({ OCN_CHAIN_ID: '-4' })).toThrow('positive integer')
  })

  it('links addresses to the explorer where the network has one', () => {
    const address = '0x184aeD70F2aaB0Cd1FC62261C1170560cBfd0776'
    expect(explorerAddressUrl(NETWORKS.ewc, address)).toBe(`https://explorer.energyweb.org/address/${address}`)
    expect(explorerAddressUrl(NETWORKS.local, address)).toBeNull()
  })
})
