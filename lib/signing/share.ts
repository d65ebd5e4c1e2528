import type { Translate } from '../i18n/translate'
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
export function signButtonLabel(count: number, t: Translate): string {
  return t('signing.share.signButton', { count })
}

/**
 * What a user reads when the wallet did not sign: never the wallet's own error text (it can be a stack or raw
 * RPC output). Nothing reaches the chain on this side, so every case says nothing was sent.
 */
export function signingFailureMessage(error: unknown, t: Translate): string {
  if (isUserRejection(error)) return t('signing.share.rejected')
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  if (/ConnectorAccountNotFoundError/.test(text)) return t('signing.share.accountGone')
  if ((error as { code?: unknown } | null)?.code === 4200 || /method not (found|supported)|unsupported method/i.test(text)) {
    return t('signing.share.unsupported')
  }
  return t('signing.share.failed')
}


