import { digestAddress } from './digest'
import type { RawCall } from './types'

/**
 * What a raw signature authorises, in the words the signer confirms before signing and the submitter reads again.
 * They follow from the digests (digest.ts): no nonce, no chain id and no contract address are hashed, and five
 * kinds hash one address only, which deleteNodeRaw and deleteServiceRaw never compare with the signer (Registry.sol,
 * Permissions.sol), and packed encoding keeps no boundary between two lists or two strings. relay-action.test.ts submits such signatures on a chain to keep these sentences true.
 */

export const NEVER_EXPIRES =
  'This signature never expires and cannot be withdrawn: it holds no date and no counter, so whoever has it can submit it at any time, now or years from now, and again after it was undone.'
export const EVERY_NETWORK =
  'It works on every network with these contracts (Volta, Energy Web Chain and any copy of them), not only on the one you signed it on.'
export const BEARER = 'Anyone who holds the link or the document can submit it; the one who submits pays the gas and can choose when.'
export const AGREEMENT_TOGGLES =
  'The same signature both creates and revokes the agreement: whoever holds it can revoke the agreement it makes, and make it again after you revoke it.'
export const AGREEMENT_DELETES =
  'An agreement signature can also be submitted as a deletion of your own node listing and of your own service listing: the contracts hash only the provider\u2019s address and do not check which address a deletion names.'
export const DELETES_INTERCHANGEABLE =
  'The delete signatures of node, party and service are one and the same: this signature deletes your node, your party and your service listing alike.'
export const NODE_OPERATOR_IS_SIGNER =
  'The node is listed under your own address: the Registry stores it under whoever signed, whatever operator the submitter passes, so the app always names you as the operator.'
export const PACKED_LISTS =
  'Whoever submits it can move modules between your sender and receiver lists: the signature covers the modules in order, not where one list ends and the other begins.'
export const PACKED_TEXTS =
  'Whoever submits it can cut the signed name, URL and permissions at other places (for example a shorter name with a longer URL): the signature covers them as one run of bytes.'

/** The sentences that apply to these calls, each once, most general first. */
export function signatureFacts(calls: readonly RawCall[]): string[] {
  const facts = [NEVER_EXPIRES, EVERY_NETWORK, BEARER]
  const kinds = new Set(calls.map((c) => c.kind))
  if (kinds.has('createAgreement') || kinds.has('revokeAgreement')) facts.push(AGREEMENT_TOGGLES, AGREEMENT_DELETES)
  if (calls.some((c) => digestAddress(c) !== null && c.kind !== 'createAgreement' && c.kind !== 'revokeAgreement')) facts.push(DELETES_INTERCHANGEABLE)
  if (kinds.has('setPartyModules')) facts.push(PACKED_LISTS)
  if (kinds.has('setService')) facts.push(PACKED_TEXTS)
  if (kinds.has('setNode')) facts.push(NODE_OPERATOR_IS_SIGNER)
  return facts
}
