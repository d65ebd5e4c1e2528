import 'server-only'
import { type Config, cookieToInitialState, type State } from 'wagmi'
import { isWalletState } from '../chain/wallet-state'

/**
 * The wallet connection to render the first paint with, from the request's cookies. A malformed cookie counts
 * as no connection: the page renders disconnected instead of failing, and the browser drops the cookie.
 */
export function initialWalletState(config: Config, cookieHeader: string | null): State | undefined {
  try {
    const state = cookieToInitialState(config, cookieHeader)
    return isWalletState(state) ? state : undefined
  } catch {
    return undefined
  }
}
