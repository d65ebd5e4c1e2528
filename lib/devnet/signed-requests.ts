import { anvilAccount } from './accounts'
import { signedRequestOf } from '../signing/share'
import { signRawCalls } from '../signing/sign'
import type { RawCall, SignedRequest } from '../signing/types'

/** A request signed with anvil account `index`'s key through the app's own signing code, as the signing side builds it. */
export async function anvilSignedRequest(index: number, calls: RawCall[], signedAt = new Date()): Promise<SignedRequest> {
  const account = anvilAccount(index)
  const signed = await signRawCalls((args) => account.signMessage(args), calls)
  return signedRequestOf({ chainId: 31337 }, account.address, signed, signedAt)
}
