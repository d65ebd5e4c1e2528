import type { Hex } from 'viem'
import { isBusy } from './lifecycle'
import type { StepState } from './steps'

/**
 * Every write of the page in one store, one entry per action (agree to a provider, revoke a user's agreements,
 * an identity step, a listing): every component showing that action reads the same progress, and a pending
 * transaction is watched once however many of them are mounted. Read with useSyncExternalStore.
 */
export type ActionState = { steps: StepState[]; running: boolean }

export const NO_ACTION: ActionState = { steps: [], running: false }

const actions = new Map<string, ActionState>()
const listeners = new Map<string, Set<() => void>>()
/** Hashes some caller already waits a receipt for, so a resume elsewhere does not wait for them twice. */
const watched = new Set<Hex>()

/** Actions are per network: the same key on another chain is another action. */
export const actionSlot = (chainId: number, action: string) => `${chainId}:${action}`

export function getAction(slot: string): ActionState {
  return actions.get(slot) ?? NO_ACTION
}

export function subscribeAction(slot: string, listener: () => void): () => void {
  if (!listeners.has(slot)) listeners.set(slot, new Set())
  listeners.get(slot)!.add(listener)
  return () => void listeners.get(slot)?.delete(listener)
}

export function updateAction(slot: string, update: (current: ActionState) => ActionState): void {
  const next = update(getAction(slot))
  if (next === getAction(slot)) return
  actions.set(slot, next)
  listeners.get(slot)?.forEach((listener) => listener())
}

export function isActionBusy(state: ActionState): boolean {
  return state.running || state.steps.some((s) => isBusy(s.state))
}

/** Claims the wait for a hash's receipt; false when another caller already waits for it. */
export function watchHash(hash: Hex): boolean {
  if (watched.has(hash)) return false
  watched.add(hash)
  return true
}

export function unwatchHash(hash: Hex): void {
  watched.delete(hash)
}
