import type { Address } from 'viem'
import type { State } from 'wagmi'

/** What the page shows of the wallet: the same fields as wagmi's useConnection, without loading wagmi. */
export type WalletConnection = {
  status: State['status']
  address: Address | undefined
  /** The chain the wallet is on, which may differ from the network the marketplace shows. */
  chainId: number | undefined
}

export const DISCONNECTED: WalletConnection = { status: 'disconnected', address: undefined, chainId: undefined }

/** The current connection in a wagmi state, read the way wagmi's getConnection reads it. */
export function connectionOf(state: Pick<State, 'status' | 'current' | 'connections'>): WalletConnection {
  const connection = state.current ? state.connections.get(state.current) : undefined
  if (state.status === 'disconnected' || !connection) return { ...DISCONNECTED, status: state.status }
  return { status: state.status, address: connection.accounts[0], chainId: connection.chainId }
}

/**
 * The first paint's connection, from the state the server read in the wallet cookie. wagmi would mark it as
 * reconnecting until the wallet answers; a cookie without a connection is simply disconnected.
 */
export function initialConnection(state: State | undefined): WalletConnection {
  if (!state) return DISCONNECTED
  const connection = connectionOf({ ...state, status: 'reconnecting' })
  return connection.address ? connection : DISCONNECTED
}

export function sameConnection(a: WalletConnection, b: WalletConnection): boolean {
  return a.status === b.status && a.address === b.address && a.chainId === b.chainId
}
