import type { Step } from '../tx/steps'

/**
 * What a user reads before the wallet opens, in plain words: what changes on chain, which data will flow to whom
 * because of it, and what the action does not do (the usual wrong assumptions).
 */
export type WriteSummary = { title: string; changes: string[]; dataFlow: string[]; notDone: string[] }

/**
 * Every write the marketplace makes, as data: its transactions in signing order, its summary, and the key its
 * progress is stored and resumed under (lib/tx/action-keys: shared by every place that shows the action).
 */
export type WriteAction = { key: string; steps: Step[]; summary: WriteSummary }
