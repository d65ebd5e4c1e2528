import type { Hex } from 'viem'

/**
 * One write, from the click to its receipt: preparing -> awaiting signature -> pending -> confirmed | reverted,
 * or failed before anything reached the chain (or when no receipt came).
 */
export type TxState =
  | { status: 'idle' }
  | { status: 'preparing' }
  | { status: 'awaiting-signature' }
  | { status: 'pending'; hash: Hex }
  | { status: 'confirmed'; hash: Hex }
  /** `reason` is the contract's own revert string, kept beside the explanation for support tickets. */
  | { status: 'failed'; message: string; reason?: string; hash?: Hex }
  /** Mined, but the contract refused it: the fee is spent, nothing else changed. */
  | { status: 'reverted'; message: string; reason?: string; hash: Hex }

export type TxEvent =
  | { type: 'prepare' }
  | { type: 'prepared' }
  | { type: 'submitted'; hash: Hex }
  | { type: 'confirmed'; hash: Hex }
  | { type: 'failed'; message: string; reason?: string; hash?: Hex }
  | { type: 'reverted'; message: string; reason?: string; hash: Hex }
  /** The user rejected in the wallet: back to idle without a word, the button simply resets. */
  | { type: 'rejected' }
  | { type: 'reset' }

export const IDLE: TxState = { status: 'idle' }

export function txReducer(state: TxState, event: TxEvent): TxState {
  switch (event.type) {
    case 'prepare':
      return state.status === 'pending' ? state : { status: 'preparing' }
    case 'prepared':
      return state.status === 'preparing' ? { status: 'awaiting-signature' } : state
    case 'submitted':
      return { status: 'pending', hash: event.hash }
    case 'confirmed':
      return state.status === 'pending' && state.hash === event.hash ? { status: 'confirmed', hash: event.hash } : state
    case 'failed':
      return { status: 'failed', message: event.message, reason: event.reason, hash: event.hash }
    case 'reverted':
      return { status: 'reverted', message: event.message, reason: event.reason, hash: event.hash }
    case 'rejected':
    case 'reset':
      return state.status === 'pending' ? state : IDLE
  }
}

export function isBusy(state: TxState): boolean {
  return state.status === 'preparing' || state.status === 'awaiting-signature' || state.status === 'pending'
}
