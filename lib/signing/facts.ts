import type { Messages } from 'next-intl'
import type { Translate } from '../i18n/translate'
import { digestAddress } from './digest'
import type { RawCall } from './types'

/**
 * What a raw signature authorises, in the words the signer confirms before signing and the submitter reads again.
 * They follow from the digests (digest.ts): no nonce, no chain id and no contract address are hashed, and five
 * kinds hash one address only, which deleteNodeRaw and deleteServiceRaw never compare with the signer (Registry.sol,
 * Permissions.sol), and packed encoding keeps no boundary between two lists or two strings. relay-action.test.ts submits such signatures on a chain to keep these sentences true.
 */

/** The facts a signer confirms, by their key in `signing.facts`. */
type SignatureFact = keyof Messages['signing']['facts']

/** The sentences that apply to these calls, each once, most general first. */
export function signatureFacts(calls: readonly RawCall[], t: Translate): string[] {
  const facts: SignatureFact[] = ['neverExpires', 'everyNetwork', 'bearer']
  const kinds = new Set(calls.map((c) => c.kind))
  if (kinds.has('createAgreement') || kinds.has('revokeAgreement')) facts.push('agreementToggles', 'agreementDeletes')
  if (calls.some((c) => digestAddress(c) !== null && c.kind !== 'createAgreement' && c.kind !== 'revokeAgreement')) facts.push('deletesInterchangeable')
  if (kinds.has('setPartyModules')) facts.push('packedLists')
  if (kinds.has('setService')) facts.push('packedTexts')
  if (kinds.has('setNode')) facts.push('nodeOperatorIsSigner')
  return facts.map((fact) => t(`signing.facts.${fact}`))
}
