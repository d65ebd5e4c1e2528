import type { Abi, Address, Hex } from 'viem'
import type { Config } from 'wagmi'
import { simulateContract, switchChain, waitForTransactionReceipt, writeContract } from 'wagmi/actions'
import type { Network } from '../chain/networks'
import { describeWriteError } from '../ocn/errors'
import type { TxEvent } from './lifecycle'
import { clearPending, savePending } from './pending-store'

export type WriteRequest = { address: Address; abi: Abi; functionName: string; args: readonly unknown[] }

export type WriteDeps = {
  config: Config
  network: Network
  account: Address
  walletChainId: number | undefined
  store: Pick<Storage, 'getItem' | 'setItem'>
}

export type WriteOutcome = 'confirmed' | 'failed' | 'rejected'

/** Waits for a sent transaction (also one found again after a reload) and reports how it ended. */
export async function settleWrite(deps: WriteDeps, hash: Hex, emit: (event: TxEvent) => void): Promise<WriteOutcome> {
  try {
    const receipt = await waitForTransactionReceipt(deps.config, { hash, chainId: deps.network.chainId, pollingInterval: 1_000, timeout: 10 * 60_000 })
    clearPending(deps.store, hash)
    if (receipt.status === 'success') {
      emit({ type: 'confirmed', hash })
      return 'confirmed'
    }
    emit({ type: 'failed', hash, message: 'The transaction was reverted on chain: nothing changed. Reload the page to see the current state.' })
  } catch {
    emit({ type: 'failed', hash, message: 'No receipt arrived for this transaction yet. It may still be mined: check it in your wallet or reload later.' })
  }
  return 'failed'
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
    const simulation = await simulateContract(deps.config, { ...request, account: deps.account, chainId } as Parameters<typeof simulateContract>[1])
    emit({ type: 'prepared' })
    hash = await writeContract(deps.config, simulation.request as Parameters<typeof writeContract>[1])
  } catch (error) {
    const failure = describeWriteError(error)
    if (failure.kind === 'rejected') emit({ type: 'rejected' })
    else emit({ type: 'failed', message: failure.message, reason: failure.kind === 'reverted' ? failure.reason : undefined })
    return failure.kind === 'rejected' ? 'rejected' : 'failed'
  }
  savePending(deps.store, { hash, chainId: deps.network.chainId, key, createdAt: Date.now() })
  emit({ type: 'submitted', hash })
  return settleWrite(deps, hash, emit)
}
