import { BaseError, ContractFunctionRevertedError } from 'viem'
import { explainRevert } from './revert-reasons'

/** A wallet's "user rejected" (EIP-1193 code 4001), anywhere in viem's or wagmi's error chain. */
export function isUserRejection(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 10; depth += 1) {
    const e = current as { code?: unknown; name?: unknown; cause?: unknown }
    if (e.code === 4001 || e.name === 'UserRejectedRequestError') return true
    current = e.cause
  }
  return false
}

/** What a visitor reads when the chain cannot be read: no stack traces, no RPC jargon. */
export function describeReadError(error: unknown, rpcUrl: string): string {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  if (/HttpRequestError|fetch failed|ECONNREFUSED|TimeoutError|timed out|took too long/i.test(text)) {
    return `The network's RPC endpoint (${rpcUrl}) did not answer. It may be down or unreachable from here.`
  }
  if (/returned no data|ContractFunctionZeroDataError|execution reverted/i.test(text)) {
    return 'The configured Registry or Permissions address holds no OCN contract on this network.'
  }
  return 'The OCN contracts could not be read from this network.'
}

export function describeConnectError(error: Error): string {
  if (/provider not found/i.test(error.message)) {
    return 'No browser wallet was found. Install one such as MetaMask or Rabby, then reload this page.'
  }
  return 'The wallet could not connect. Unlock it and try again.'
}

export type WriteFailure =
  | { kind: 'rejected' }
  | { kind: 'reverted'; reason: string; message: string }
  | { kind: 'failed'; message: string }

/** The contract's revert string, if the error carries one. */
export function revertReasonOf(error: unknown): string | null {
  if (!(error instanceof BaseError)) return null
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError)
  return reverted instanceof ContractFunctionRevertedError ? (reverted.reason ?? null) : null
}

/** Sorts a failed write into what the UI does with it: stay quiet, explain the contract, or explain the rest. */
export function describeWriteError(error: unknown): WriteFailure {
  if (isUserRejection(error)) return { kind: 'rejected' }
  const reason = revertReasonOf(error)
  if (reason) return { kind: 'reverted', reason, message: explainRevert(reason) ?? `The contract refused: ${reason}` }
  const text = error instanceof Error ? error.message : String(error)
  // wagmi refuses to sign for an account the wallet no longer holds: the user switched accounts while signing.
  if (error instanceof Error && (error.name === 'ConnectorAccountNotFoundError' || /ConnectorAccountNotFoundError/.test(text))) {
    return { kind: 'failed', message: 'Your wallet no longer holds the account you reviewed this with. Nothing was signed: review it again.' }
  }
  if (/insufficient funds/i.test(text)) return { kind: 'failed', message: 'This account has not enough funds to pay the transaction fee.' }
  if (/chain|network/i.test(text) && /mismatch|does not match|wrong|switch/i.test(text)) {
    return { kind: 'failed', message: 'Your wallet is on another network. Switch it to this network and try again.' }
  }
  if (/HttpRequestError|fetch failed|timed out|took too long/i.test(text)) {
    return { kind: 'failed', message: 'The network did not answer. Check your connection and try again.' }
  }
  return { kind: 'failed', message: 'The transaction could not be sent. Nothing was changed on chain; try again.' }
}
