import { type Address, BaseError, decodeErrorResult, type Hex, isHex, type PublicClient } from 'viem'
import { call, getTransaction } from 'viem/actions'

/** The revert data an RPC attached to a failed eth_call, wherever viem wrapped it. */
function revertDataOf(error: unknown): Hex | null {
  if (!(error instanceof BaseError)) return null
  let found: Hex | null = null
  error.walk((e) => {
    const data = (e as { data?: unknown }).data
    const hex = typeof data === 'string' ? data : (data as { data?: unknown } | undefined)?.data
    if (typeof hex === 'string' && isHex(hex) && hex.length > 10) found = hex
    return found !== null
  })
  return found
}

/**
 * Why a mined transaction reverted: receipts carry no reason, so the call is replayed on the state of its own
 * block. Earlier transactions of that block (the usual cause: another party changed the state first) are
 * included, so the reason is the one that stopped it. Null when the replay passes or says nothing readable.
 */
export async function revertReasonOfMined(client: PublicClient, hash: Hex, blockNumber: bigint): Promise<string | null> {
  try {
    const tx = await getTransaction(client, { hash })
    if (!tx.to) return null
    await call(client, { account: tx.from as Address, to: tx.to, data: tx.input, value: tx.value, gas: tx.gas, blockNumber })
    return null
  } catch (error) {
    const data = revertDataOf(error)
    if (!data) return null
    try {
      const decoded = decodeErrorResult({ abi: [], data })
      return decoded.errorName === 'Error' && typeof decoded.args?.[0] === 'string' ? decoded.args[0] : null
    } catch {
      return null
    }
  }
}
