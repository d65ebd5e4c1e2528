import { type Address, isAddressEqual } from 'viem'
import { shortAddress } from '../format'
import { CredentialsError } from '../ocn/codecs'
import { RawSignatureError, recoverRawSigner } from './recover'
import type { RawCall, SignedRequest, VerifiedRequest } from './types'

export type VerifyResult = { ok: true; verified: VerifiedRequest } | { ok: false; reason: string }

/**
 * Recovers every signature as the contract will, before anyone is asked to pay for it: the document's own claim
 * of who signed is only accepted when every call recovers to it, and a call whose acting-account parameter is
 * not the signer is refused with what the contract would do with it instead.
 */
export async function verifySignedRequest(request: SignedRequest): Promise<VerifyResult> {
  for (const [index, signed] of request.calls.entries()) {
    const which = `Call ${index + 1} (${signed.call.kind})`
    let recovered: Address
    try {
      recovered = await recoverRawSigner(signed)
    } catch (error) {
      if (error instanceof RawSignatureError || error instanceof CredentialsError) return { ok: false, reason: `${which}: ${error.message}` }
      return { ok: false, reason: `${which}: its signature is not a valid signature of any account.` }
    }
    if (!isAddressEqual(recovered, request.signer)) {
      return {
        ok: false,
        reason: `${which} was signed by ${recovered}, not by ${request.signer} as the document says: it was changed after signing, or signed by someone else. Nothing of it will be submitted.`,
      }
    }
    const mismatch = actingAccountMismatch(signed.call, recovered)
    if (mismatch) return { ok: false, reason: `${which}: ${mismatch}` }
  }
  return { ok: true, verified: { signer: request.signer, chainId: request.chainId, calls: request.calls, signedAt: request.signedAt } }
}

/** What the contract would do with a call that names another account than the one that signed it. */
function actingAccountMismatch(call: RawCall, signer: Address): string | null {
  const signerText = shortAddress(signer)
  switch (call.kind) {
    case 'setNode':
    case 'deleteNode':
      return isAddressEqual(call.operator, signer)
        ? null
        : `it names the operator ${call.operator}, but the Registry acts on the node of whoever signed (${signerText}) whatever operator is passed. The app only submits calls that name the signer.`
    case 'setParty':
    case 'setPartyModules':
    case 'deleteParty':
      return isAddressEqual(call.party, signer)
        ? null
        : `it names the party ${call.party}, but it was signed by ${signerText}: the Registry would refuse it ("Signer and provided party address different.").`
    case 'deleteService':
      return isAddressEqual(call.provider, signer)
        ? null
        : `it names the provider ${call.provider}, but the Permissions contract deletes the service of whoever signed (${signerText}) whatever provider is passed. The app only submits calls that name the signer.`
    default:
      return null
  }
}
