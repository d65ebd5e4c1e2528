import { deserialize, type State } from 'wagmi'

/**
 * The wallet connection wagmi keeps in the `wagmi.store` cookie is written by the browser and so can hold
 * anything. wagmi only catches JSON that fails to parse: well-formed JSON of another shape reaches its store
 * and crashes every render that reads the connection. These checks accept only what wagmi itself writes.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isChainId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0
const isAddress = (value: unknown) => typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value)

function isConnection(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.connector)) return false
  const { accounts, chainId, connector } = value
  return (
    Array.isArray(accounts) &&
    accounts.length > 0 &&
    accounts.every(isAddress) &&
    isChainId(chainId) &&
    ['id', 'name', 'type', 'uid'].every((field) => typeof connector[field] === 'string')
  )
}

export function isWalletState(value: unknown): value is State {
  if (!isRecord(value) || !(value.connections instanceof Map)) return false
  if (!isChainId(value.chainId)) return false
  if (value.current !== null && typeof value.current !== 'string') return false
  for (const [uid, connection] of value.connections) if (typeof uid !== 'string' || !isConnection(connection)) return false
  return true
}

/** The state inside a raw `wagmi.store` value, or null when it is not one wagmi could have written. */
export function parseWalletStore(raw: string): State | null {
  try {
    const state = (deserialize(raw) as { state?: unknown } | null)?.state
    return isWalletState(state) ? state : null
  } catch {
    return null
  }
}
