import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { isUserRejection } from '../ocn/errors'
import { SIGNED_REQUEST_FORMAT, type SignedCall, type SignedRequest } from './types'

/** The document a signer shares, for the calls just signed on this network. */
export function signedRequestOf(network: Pick<Network, 'chainId'>, signer: Address, calls: SignedCall[], signedAt: Date): SignedRequest {
  return { format: SIGNED_REQUEST_FORMAT, version: 1, chainId: network.chainId, signer, calls, signedAt: signedAt.toISOString() }
}

/** A download name that tells several saved requests apart: what, by whom, when (no characters a file system refuses). */
export function signedRequestFileName(request: SignedRequest): string {
  const kinds = [...new Set(request.calls.map(({ call }) => call.kind))].join('-')
  const day = request.signedAt.slice(0, 19).replace(/[:T]/g, '-')
  return `ocn-signed-${kinds}-${request.signer.slice(2, 10).toLowerCase()}-${day}.json`
}

/** "Sign 1 message" / "Sign 3 messages": one wallet prompt per call. */
export function signButtonLabel(count: number): string {
  return `Sign ${count} message${count === 1 ? '' : 's'} in your wallet`
}

/**
 * What a user reads when the wallet did not sign: never the wallet's own error text (it can be a stack or raw
 * RPC output). Nothing reaches the chain on this side, so every case says nothing was sent.
 */
export function signingFailureMessage(error: unknown): string {
  if (isUserRejection(error)) return 'You rejected the signature in your wallet: nothing was signed and nothing was sent. You can sign again when ready.'
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  if (/ConnectorAccountNotFoundError/.test(text)) return 'Your wallet no longer holds the account you reviewed this with. Nothing was signed: review it again.'
  if ((error as { code?: unknown } | null)?.code === 4200 || /method not (found|supported)|unsupported method/i.test(text)) {
    return 'Your wallet does not offer this kind of signature (personal_sign). Nothing was signed.'
  }
  return 'Your wallet could not sign. Nothing was signed and nothing was sent; try again.'
}

/** The signatures came back from another key than the account reviewed: the document would act for someone else. */
export const OTHER_SIGNER_MESSAGE = 'Your wallet signed with another account than the one this review is for. Nothing was kept: switch back to it and sign again.'
