import type { WriteRequest } from '../tx/run-write'

/** One transaction of an action: what the wallet is asked, its line in the progress list, and its resume key. */
export type WriteStep = { label: string; request: WriteRequest; key: string }

/**
 * What a user reads before the wallet opens, in plain words: what changes on chain, which data will flow to whom
 * because of it, and what the action does not do (the usual wrong assumptions).
 */
export type WriteSummary = { title: string; changes: string[]; dataFlow: string[]; notDone: string[] }

/** Every write the marketplace makes, as data: its transactions in signing order, a stable key and its summary. */
export type WriteAction = { key: string; steps: WriteStep[]; summary: WriteSummary }

/** Identifies an action across reloads; addresses in lower case so a checksum difference is the same action. */
export function actionKey(kind: string, account: string, ...rest: string[]): string {
  return [kind, account.toLowerCase(), ...rest.map((part) => part.toLowerCase())].join(':')
}

/** The resume key of one identity transaction, as the identity steps have stored it since they were built. */
export const identityStepKey = (functionName: string, account: string) => `identity:${functionName}:${account.toLowerCase()}`
