import type { Hex } from 'viem'
import { rawParamHash } from './digest'
import type { RawCall, SignedCall } from './types'

/** wagmi's and viem's `signMessage`, narrowed to the raw 32-byte digest these calls sign. */
export type SignRawMessage = (args: { message: { raw: Hex } }) => Promise<Hex>

/**
 * One wallet prompt per call, in submission order. The wallet signs the digest as an EIP-191 personal message,
 * which is what the contracts' `ecrecover` expects. A rejection or failure rejects with the wallet's own error,
 * unchanged, so the caller tells "you declined" from "the wallet failed" the way it does for transactions.
 */
export async function signRawCalls(signMessage: SignRawMessage, calls: readonly RawCall[]): Promise<SignedCall[]> {
  const signed: SignedCall[] = []
  for (const call of calls) {
    const signature = await signMessage({ message: { raw: rawParamHash(call) } })
    signed.push({ call, signature })
  }
  return signed
}
