import type { Address, Hex, PublicClient } from 'viem'
import { waitForTransactionReceipt } from 'viem/actions'
import type { Config } from 'wagmi'
import { getConnection, getPublicClient, switchChain } from 'wagmi/actions'
import type { Network } from '../chain/networks'
import type { Translate } from '../i18n/translate'
import type { OcnWriteRequest } from '../ocn/calls'
import { describeWriteError } from '../ocn/write-errors'
import { explainRevert } from '../ocn/revert-reasons'
import { accountSwitchProblem } from './account-binding'
import type { TxEvent } from './lifecycle'
import { revertReasonOfMined } from './mined-revert'
import { clearPending, savePending } from './pending-store'
import { simulateWrite } from './simulate-write'

/** A write of the Registry or the Permissions contract, typed by its ABI (lib/ocn/calls.ts). */
export type WriteRequest = OcnWriteRequest

export type WriteDeps = {
  config: Config
  network: Network
  /** The account the user reviewed the write with: the only one allowed to sign it. */
  account: Address
  walletChainId: number | undefined
  store: Pick<Storage, 'getItem' | 'setItem'>
  /** The visitor's language, for the failures and outcomes a write reports. */
  t: Translate
}

export type WriteOutcome = 'confirmed' | 'reverted' | 'failed' | 'rejected'

/** What a user reads about a transaction the chain included but the contract refused. */
export function revertedMessage(reason: string | null, t: Translate): string {
  const why = reason ? (explainRevert(reason, t) ?? t('vocab.writeErrors.refused', { reason })) : t('tx.refusedIt')
  return t('tx.minedReverted', { why })
}

/**
 * Waits for a sent transaction (also one found again after a reload) and reports how it ended. Only a receipt
 * settles it: a mined transaction, successful or reverted, leaves the pending store; without a receipt it stays
 * there, since it may still be mined.
 */
export async function settleWrite(deps: WriteDeps, hash: Hex, emit: (event: TxEvent) => void): Promise<WriteOutcome> {
  const client = getPublicClient(deps.config, { chainId: deps.network.chainId }) as PublicClient
  let receipt
  try {
    // viem's own wait, not wagmi's: wagmi's throws on a reverted receipt, which read as "no receipt".
    receipt = await waitForTransactionReceipt(client, { hash, pollingInterval: 1_000, timeout: 10 * 60_000 })
  } catch {
    emit({ type: 'failed', hash, message: deps.t('tx.noReceipt') })
    return 'failed'
  }
  clearPending(deps.store, hash)
  if (receipt.status === 'success') {
    emit({ type: 'confirmed', hash })
    return 'confirmed'
  }
  const reason = await revertReasonOfMined(client, hash, receipt.blockNumber)
  emit({ type: 'reverted', hash, message: revertedMessage(reason, deps.t), reason: reason ?? undefined })
  return 'reverted'
}

/**
 * One write, as a user expects it: switch the wallet to this network if needed, simulate so a revert is
 * explained before the wallet opens, sign, remember the pending hash across reloads, wait for the receipt.
 */
export async function runWrite(deps: WriteDeps, request: WriteRequest, key: string, emit: (event: TxEvent) => void): Promise<WriteOutcome> {
  emit({ type: 'prepare' })
  let hash: Hex
  try {
    const chainId = deps.network.chainId
    if (deps.walletChainId !== chainId) await switchChain(deps.config, { chainId })
    const simulation = await simulateWrite(deps.config, request, deps.account, chainId)
    // Checked after the awaits above, right before the wallet is asked: the account may have changed meanwhile.
    const switched = accountSwitchProblem(deps.account, getConnection(deps.config).address, deps.t)
    if (switched) {
      emit({ type: 'failed', message: switched })
      return 'failed'
    }
    emit({ type: 'prepared' })
    hash = await simulation.send()
  } catch (error) {
    const failure = describeWriteError(error, deps.t)
    if (failure.kind === 'rejected') emit({ type: 'rejected' })
    else emit({ type: 'failed', message: failure.message, reason: failure.kind === 'reverted' ? failure.reason : undefined })
    return failure.kind === 'rejected' ? 'rejected' : 'failed'
  }
  savePending(deps.store, { hash, chainId: deps.network.chainId, key, createdAt: Date.now() })
  emit({ type: 'submitted', hash })
  return settleWrite(deps, hash, emit)
}
