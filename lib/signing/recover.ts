import { type Address, type Hex, isHex, recoverMessageAddress } from 'viem'
import { rawParamHash } from './digest'
import type { SignedCall } from './types'

/** Why a signature cannot be what a raw function takes (`uint8 v, bytes32 r, bytes32 s`). */
export class RawSignatureError extends Error {}

/**
 * A 65-byte signature as the raw functions take it. Wallets give v as 27/28, some hardware wallets as 0/1: both are
 * accepted and normalised to the 27/28 that `ecrecover` needs; anything else is refused rather than sent to revert.
 */
export function splitRawSignature(sig: Hex): { v: 27 | 28; r: Hex; s: Hex } {
  if (!isHex(sig, { strict: true })) throw new RawSignatureError('The signature is not hexadecimal (0x followed by 130 hex digits).')
  if (sig.length !== 2 + 130) throw new RawSignatureError(`The signature must be 65 bytes (130 hex digits after 0x); this one has ${(sig.length - 2) / 2} bytes.`)
  const r = `0x${sig.slice(2, 66)}` as Hex
  const s = `0x${sig.slice(66, 130)}` as Hex
  const last = Number.parseInt(sig.slice(130, 132), 16)
  const v = last < 27 ? last + 27 : last
  if (v !== 27 && v !== 28) throw new RawSignatureError(`The signature's recovery byte (v) must be 27 or 28 (or 0 or 1); it is ${last}.`)
  return { v, r, s }
}

/** The address the contract's `ecrecover` would find for this call: the account it acts for. */
export async function recoverRawSigner(signed: SignedCall): Promise<Address> {
  const { v, r, s } = splitRawSignature(signed.signature)
  const signature = `${r}${s.slice(2)}${v.toString(16)}` as Hex
  return recoverMessageAddress({ message: { raw: rawParamHash(signed.call) }, signature })
}
