import { type Address, getAddress, isAddress } from 'viem'

export type NetworkId = 'local' | 'volta' | 'ewc' | 'custom'

/** local and testnets must always look different from mainnet in the UI. */
export type NetworkKind = 'local' | 'testnet' | 'mainnet'

export type Network = {
  id: NetworkId
  name: string
  kind: NetworkKind
  chainId: number
  rpcUrl: string
  explorerUrl: string | null
  currency: { name: string; symbol: string }
  registry: Address
  permissions: Address
  /** Where Multicall3 is deployed; without it reads use viem's deployless multicall. */
  multicall3: Address | null
}

export const MULTICALL3_ADDRESS: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

/** Anvil account #0 deploys Registry then Permissions as its first two transactions. */
export const LOCAL_REGISTRY: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
export const LOCAL_PERMISSIONS: Address = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512'
export const LOCAL_RPC_URL = 'http://127.0.0.1:8545'

export const NETWORKS: Record<Exclude<NetworkId, 'custom'>, Network> = {
  local: {
    id: 'local',
    name: 'Local OCN network',
    kind: 'local',
    chainId: 31337,
    rpcUrl: LOCAL_RPC_URL,
    explorerUrl: null,
    currency: { name: 'Ether', symbol: 'ETH' },
    registry: LOCAL_REGISTRY,
    permissions: LOCAL_PERMISSIONS,
    multicall3: MULTICALL3_ADDRESS,
  },
  volta: {
    id: 'volta',
    name: 'Volta testnet',
    kind: 'testnet',
    chainId: 73799,
    rpcUrl: 'https://volta-rpc.energyweb.org',
    explorerUrl: 'https://volta-explorer.energyweb.org',
    currency: { name: 'Volta Token', symbol: 'VT' },
    registry: '0xd57595D5FA1F94725C426739C449b15D92758D55',
    permissions: '0xa72479612436D1f9df5FA975baFB9ae74529aB0E',
    multicall3: null,
  },
  ewc: {
    id: 'ewc',
    name: 'Energy Web Chain',
    kind: 'mainnet',
    chainId: 246,
    rpcUrl: 'https://rpc.energyweb.org',
    explorerUrl: 'https://explorer.energyweb.org',
    currency: { name: 'Energy Web Token', symbol: 'EWT' },
    registry: '0x184aeD70F2aaB0Cd1FC62261C1170560cBfd0776',
    permissions: '0x9a59513F0C9Aa56CB4D3f3bAe0513868907BB978',
    multicall3: null,
  },
}

/** What is wrong with a network setting: the variable, the kind of problem and the value, so a form can say it in its own words. */
export type NetworkProblem = { key: string; problem: 'address' | 'url' | 'http' | 'chainId' | 'network' | 'missing'; value: string }

export class NetworkConfigError extends Error {
  constructor(
    message: string,
    /** Absent for settings only an operator sets (env-only variables): no form shows those. */
    readonly problem?: NetworkProblem,
  ) {
    super(message)
  }
}

type Env = Record<string, string | undefined>

function addressFrom(env: Env, key: string): Address | undefined {
  const value = env[key]?.trim()
  if (!value) return undefined
  if (!isAddress(value, { strict: false })) throw new NetworkConfigError(`${key} is not an address: "${value}".`, { key, problem: 'address', value })
  return getAddress(value)
}

function httpUrlFrom(env: Env, key: string): string | undefined {
  const value = env[key]?.trim()
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new NetworkConfigError(`${key} is not a URL: "${value}".`, { key, problem: 'url', value })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NetworkConfigError(`${key} must be an http(s) URL: "${value}".`, { key, problem: 'http', value })
  }
  return value
}

/**
 * The network the app reads, from server-side environment variables (read at run time, not inlined at build):
 * OCN_NETWORK picks a preset; OCN_RPC_URL, OCN_CHAIN_ID, OCN_REGISTRY_ADDRESS, OCN_PERMISSIONS_ADDRESS and
 * OCN_MULTICALL3_ADDRESS override its parts. OCN_NETWORK=custom starts from nothing and needs all of them
 * but the multicall address.
 */
export function networkFromEnv(env: Env): Network {
  const id = (env.OCN_NETWORK?.trim() || 'local') as NetworkId
  if (!['local', 'volta', 'ewc', 'custom'].includes(id)) {
    throw new NetworkConfigError(`OCN_NETWORK must be local, volta, ewc or custom, not "${env.OCN_NETWORK}".`, { key: 'OCN_NETWORK', problem: 'network', value: env.OCN_NETWORK ?? '' })
  }
  const rpcUrl = httpUrlFrom(env, 'OCN_RPC_URL')
  const registry = addressFrom(env, 'OCN_REGISTRY_ADDRESS')
  const permissions = addressFrom(env, 'OCN_PERMISSIONS_ADDRESS')
  const multicall3 = addressFrom(env, 'OCN_MULTICALL3_ADDRESS')
  const chainIdText = env.OCN_CHAIN_ID?.trim()
  const chainId = chainIdText ? Number(chainIdText) : undefined
  if (chainId !== undefined && !(Number.isSafeInteger(chainId) && chainId > 0)) {
    throw new NetworkConfigError(`OCN_CHAIN_ID must be a positive integer, not "${chainIdText}".`, { key: 'OCN_CHAIN_ID', problem: 'chainId', value: chainIdText ?? '' })
  }

  if (id === 'custom') {
    if (!rpcUrl || !registry || !permissions || chainId === undefined) {
      throw new NetworkConfigError(
        'OCN_NETWORK=custom needs OCN_RPC_URL, OCN_CHAIN_ID, OCN_REGISTRY_ADDRESS and OCN_PERMISSIONS_ADDRESS.',
        { key: 'OCN_NETWORK', problem: 'missing', value: 'custom' },
      )
    }
    return {
      id,
      name: `Custom network (chain ${chainId})`,
      kind: 'testnet',
      chainId,
      rpcUrl,
      explorerUrl: null,
      currency: { name: 'Ether', symbol: 'ETH' },
      registry,
      permissions,
      multicall3: multicall3 ?? null,
    }
  }

  const preset = NETWORKS[id]
  return {
    ...preset,
    chainId: chainId ?? preset.chainId,
    rpcUrl: rpcUrl ?? preset.rpcUrl,
    registry: registry ?? preset.registry,
    permissions: permissions ?? preset.permissions,
    multicall3: multicall3 ?? preset.multicall3,
  }
}

export function explorerAddressUrl(network: Network, address: Address): string | null {
  return network.explorerUrl ? `${network.explorerUrl}/address/${address}` : null
}

export function explorerTxUrl(network: Network, hash: string): string | null {
  return network.explorerUrl ? `${network.explorerUrl}/tx/${hash}` : null
}

/** Identifies a network's contracts, for cache keys: two RPCs of one chain share it. */
export function networkKey(network: Network): string {
  return `${network.chainId}:${network.registry}:${network.permissions}`
}
