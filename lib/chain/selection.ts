import { booleanFlag } from './env-flag'
import type { Translate } from '../i18n/translate'
import { type Network, NetworkConfigError, networkFromEnv, type NetworkProblem, NETWORKS } from './networks'

/** The visitor's network choice. Absent means the deployment's own network. */
export const NETWORK_COOKIE = 'ocn-network'

export type CustomNetworkFields = {
  rpcUrl: string
  chainId: string
  registry: string
  permissions: string
  multicall3?: string
}

export type PresetId = 'local' | 'volta' | 'ewc'

export type NetworkChoice = { id: PresetId } | ({ id: 'custom' } & CustomNetworkFields)

/** What the cookie holds: nothing, something unreadable, or a choice still to be checked against the deployment. */
export type SavedChoice = { kind: 'none' } | { kind: 'malformed' } | { kind: 'choice'; choice: NetworkChoice }

export type NetworkSettings = {
  /** The operator's network (OCN_* variables): always read by the server. */
  deployment: Network
  /** OCN_ALLOW_CUSTOM_NETWORK: whether visitors may read another RPC from their own browser. */
  allowCustom: boolean
}

/** A saved choice the deployment does not honour, named (`label`) so the visitor can recognise it. */
export type UnavailableChoice = { reason: 'unreadable'; label: null } | { reason: 'noLocal'; label: string } | { reason: 'customOff'; label: string }

export type Selection = {
  network: Network
  /**
   * Who reads the chain. 'server': the operator's network or a fixed public preset. 'browser': an RPC the
   * visitor typed; the server never sends it a request, it renders a shell and the visitor's browser reads.
   */
  reader: 'server' | 'browser'
  unavailable: UnavailableChoice | null
}

/** Everything the header needs: what is shown, who reads it, and what the switcher may offer. */
export type CurrentSelection = Selection & NetworkSettings

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

const FORM_FIELDS: Record<string, keyof CustomNetworkFields> = {
  OCN_RPC_URL: 'rpcUrl',
  OCN_CHAIN_ID: 'chainId',
  OCN_REGISTRY_ADDRESS: 'registry',
  OCN_PERMISSIONS_ADDRESS: 'permissions',
  OCN_MULTICALL3_ADDRESS: 'multicall3',
}

/** Validates a custom network as typed in the switcher: the network, or the first problem (see describeNetworkProblem). */
export function customNetwork(fields: CustomNetworkFields): { network: Network } | { error: NetworkProblem } {
  try {
    return { network: networkFromEnv(customEnv(fields)) }
  } catch (error) {
    if (!(error instanceof NetworkConfigError)) throw error
    return { error: error.problem ?? { key: 'OCN_NETWORK', problem: 'missing', value: '' } }
  }
}

/** A custom network's problem in the words of the switcher's form. */
export function describeNetworkProblem({ key, problem, value }: NetworkProblem, t: Translate): string {
  const field = FORM_FIELDS[key]
  if (problem === 'chainId') return t('network.problem.chainId', { value })
  if (field && (problem === 'address' || problem === 'url' || problem === 'http')) return t(`network.problem.${problem}`, { field: t(`network.fields.${field}`), value })
  return t('network.problem.missing')
}

/** The public presets the server may read besides the deployment's own network; "Local" is never one of them. */
export function publicPresets(deployment: Network): ('volta' | 'ewc')[] {
  return (['volta', 'ewc'] as const).filter((id) => id !== deployment.id)
}

/** The deployment's settings; a mistake in them is a NetworkConfigError naming the variable. */
export function networkSettings(env: Env): NetworkSettings {
  return { deployment: networkFromEnv(env), allowCustom: booleanFlag(env, 'OCN_ALLOW_CUSTOM_NETWORK', true) }
}

const isText = (value: unknown): value is string => typeof value === 'string'

export function readNetworkCookie(cookie: string | undefined): SavedChoice {
  if (!cookie) return { kind: 'none' }
  let value: Record<string, unknown>
  try {
    value = JSON.parse(cookie)
  } catch {
    return { kind: 'malformed' }
  }
  if (!value || typeof value !== 'object') return { kind: 'malformed' }
  if (value.id === 'local' || value.id === 'volta' || value.id === 'ewc') return { kind: 'choice', choice: { id: value.id } }
  const { rpcUrl, chainId, registry, permissions, multicall3 } = value
  if (value.id === 'custom' && [rpcUrl, chainId, registry, permissions].every(isText) && (multicall3 === undefined || isText(multicall3))) {
    return {
      kind: 'choice',
      choice: { id: 'custom', rpcUrl, chainId, registry, permissions, multicall3 } as NetworkChoice,
    }
  }
  return { kind: 'malformed' }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

const sameNetwork = (a: Network, b: Network) =>
  a.rpcUrl === b.rpcUrl && a.chainId === b.chainId && a.registry === b.registry && a.permissions === b.permissions

const MALFORMED: UnavailableChoice = { reason: 'unreadable', label: null }

/**
 * The network a page shows, and who reads it. The server only ever reads the deployment's network and the
 * fixed public presets; "Local" means this machine, so it exists only where the deployment itself is local.
 * A choice that cannot be honoured is reported, never silently replaced.
 */
export function selectNetwork(saved: SavedChoice, settings: NetworkSettings): Selection {
  const { deployment, allowCustom } = settings
  const server = (network: Network, unavailable: UnavailableChoice | null = null): Selection => ({ network, reader: 'server', unavailable })
  if (saved.kind === 'none') return server(deployment)
  if (saved.kind === 'malformed') return server(deployment, MALFORMED)
  const { choice } = saved
  if (choice.id !== 'custom') {
    if (deployment.id === choice.id) return server(deployment)
    return choice.id === 'local'
      ? server(deployment, { reason: 'noLocal', label: NETWORKS.local.name })
      : server(NETWORKS[choice.id])
  }
  const custom = customNetwork(choice)
  if ('error' in custom) return server(deployment, MALFORMED)
  if (!allowCustom) {
    return server(deployment, { reason: 'customOff', label: hostOf(choice.rpcUrl) })
  }
  if (sameNetwork(custom.network, deployment)) return server(deployment)
  return { network: custom.network, reader: 'browser', unavailable: null }
}

/** The `document.cookie` assignment that saves a choice; null forgets it, back to the deployment's network. */
export function networkCookie(choice: NetworkChoice | null): string {
  if (!choice) return `${NETWORK_COOKIE}=; path=/; max-age=0; samesite=lax`
  return `${NETWORK_COOKIE}=${encodeURIComponent(JSON.stringify(choice))}; path=/; max-age=31536000; samesite=lax`
}
