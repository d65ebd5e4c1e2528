import { type Network, NetworkConfigError, networkFromEnv, type NetworkId } from './networks'

/** The visitor's network choice, kept in a cookie so server rendering reads the same network as the browser. */
export const NETWORK_COOKIE = 'ocn-network'

export type CustomNetworkFields = {
  rpcUrl: string
  chainId: string
  registry: string
  permissions: string
  multicall3?: string
}

export type NetworkChoice = { id: Exclude<NetworkId, 'custom'> } | ({ id: 'custom' } & CustomNetworkFields)

type Env = Record<string, string | undefined>

function customEnv(fields: CustomNetworkFields): Env {
  return {
    OCN_NETWORK: 'custom',
    OCN_RPC_URL: fields.rpcUrl,
    OCN_CHAIN_ID: fields.chainId,
    OCN_REGISTRY_ADDRESS: fields.registry,
    OCN_PERMISSIONS_ADDRESS: fields.permissions,
    OCN_MULTICALL3_ADDRESS: fields.multicall3,
  }
}

const FORM_LABELS: [RegExp, string][] = [
  [/OCN_NETWORK=custom needs/g, 'A custom network needs'],
  [/OCN_RPC_URL/g, 'RPC URL'],
  [/OCN_CHAIN_ID/g, 'Chain id'],
  [/OCN_REGISTRY_ADDRESS/g, 'Registry address'],
  [/OCN_PERMISSIONS_ADDRESS/g, 'Permissions address'],
  [/OCN_MULTICALL3_ADDRESS/g, 'Multicall3 address'],
]

/** Validates a custom network as typed in the switcher: the network, or the first problem in the form's words. */
export function customNetwork(fields: CustomNetworkFields): { network: Network } | { error: string } {
  try {
    return { network: networkFromEnv(customEnv(fields)) }
  } catch (error) {
    if (!(error instanceof NetworkConfigError)) throw error
    return { error: FORM_LABELS.reduce((text, [pattern, label]) => text.replace(pattern, label), error.message) }
  }
}

export function parseNetworkChoice(cookie: string | undefined): NetworkChoice | null {
  if (!cookie) return null
  try {
    const value = JSON.parse(cookie) as NetworkChoice
    if (value.id === 'local' || value.id === 'volta' || value.id === 'ewc') return { id: value.id }
    if (value.id === 'custom' && 'network' in customNetwork(value)) return value
  } catch {
    // A malformed cookie falls back to the deployment's network.
  }
  return null
}

/**
 * The network to read. The deployment's own network (OCN_* variables, with their RPC and address overrides)
 * applies unless the visitor picked another; custom RPCs are read by the server too, so a deployment can turn
 * them off with OCN_ALLOW_CUSTOM_NETWORK=false.
 */
export function resolveNetwork(choice: NetworkChoice | null, env: Env): Network {
  const deployment = networkFromEnv(env)
  if (!choice || choice.id === deployment.id) return deployment
  if (choice.id === 'custom') {
    if (env.OCN_ALLOW_CUSTOM_NETWORK === 'false') return deployment
    const custom = customNetwork(choice)
    return 'network' in custom ? custom.network : deployment
  }
  return networkFromEnv({ OCN_NETWORK: choice.id })
}

export function serializeNetworkChoice(choice: NetworkChoice): string {
  return JSON.stringify(choice)
}
