// How a failed write is told to the user. Apart from the read errors so that the revert explanations load with
// the write path, not with every page that can show a read error.
import type { Translate } from '../i18n/translate'
import { describeRpcFailure, findNamed, isUserRejection } from './errors'
import { explainRevert } from './revert-reasons'

export type WriteFailure =
  | { kind: 'rejected' }
  | { kind: 'reverted'; reason: string; message: string }
  /** The RPC failed (down, rate-limiting, too slow): nothing reached the chain, and it is not the contract's doing. */
  | { kind: 'rpc'; message: string }
  | { kind: 'failed'; message: string }

/** The contract's revert string, if the error carries one. */
export function revertReasonOf(error: unknown): string | null {
  const reason = findNamed(error, 'ContractFunctionRevertedError')?.reason
  return typeof reason === 'string' && reason ? reason : null
}

/** Sorts a failed write into what the UI does with it: stay quiet, explain the contract, or explain the rest. */
export function describeWriteError(error: unknown, t: Translate): WriteFailure {
  if (isUserRejection(error)) return { kind: 'rejected' }
  const reason = revertReasonOf(error)
  if (reason) return { kind: 'reverted', reason, message: explainRevert(reason, t) ?? t('vocab.writeErrors.refused', { reason }) }
  // Our RPC is only used before the wallet is asked (simulation) and after (receipt): this failure sent nothing.
  const rpc = describeRpcFailure(error, t)
  if (rpc) return { kind: 'rpc', message: t('vocab.writeErrors.rpc', { problem: rpc }) }
  const text = error instanceof Error ? error.message : String(error)
  // wagmi refuses to sign for an account the wallet no longer holds: the user switched accounts while signing.
  if (error instanceof Error && (error.name === 'ConnectorAccountNotFoundError' || /ConnectorAccountNotFoundError/.test(text))) {
    return { kind: 'failed', message: t('vocab.writeErrors.accountGone') }
  }
  if (/insufficient funds/i.test(text)) return { kind: 'failed', message: t('vocab.writeErrors.noFunds') }
  if (/chain|network/i.test(text) && /mismatch|does not match|wrong|switch/i.test(text)) {
    return { kind: 'failed', message: t('vocab.writeErrors.wrongNetwork') }
  }
  return { kind: 'failed', message: t('vocab.writeErrors.notSent') }
}
