import type { TxState } from './lifecycle'
import type { WriteRequest } from './run-write'

/** One transaction of an action, as data: what the wallet is asked, and the key its pending hash is kept under. */
export type Step = { label: string; request: WriteRequest; key: string }

/** Where one step of an action stands; `key` is the step's, so a list can show each item's own progress. */
export type StepState = { label: string; key: string; state: TxState }

/** How many of an action's steps the chain confirmed, for "n of m done". */
export function progressOf(steps: readonly StepState[]): { done: number; total: number } {
  return { done: steps.filter((s) => s.state.status === 'confirmed').length, total: steps.length }
}
