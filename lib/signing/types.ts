import type { Address, Hex } from 'viem'

/**
 * Delegated ("raw") writes: the key holder signs, someone else submits and pays the gas. Every write of both
 * contracts has a `...Raw` twin that recovers the signer from an EIP-191 signature over the packed parameters
 * (spec §8); these are the shapes shared by the signing side (any write's review), the signed request a signer
 * shares, and the page where whoever holds it submits it (/relay).
 */

/** The nine writes with a raw twin, named by their direct function (`setParty` stands for `setPartyRaw`). */
export type RawKind =
  | 'setNode'
  | 'deleteNode'
  | 'setParty'
  | 'setPartyModules'
  | 'deleteParty'
  | 'setService'
  | 'deleteService'
  | 'createAgreement'
  | 'revokeAgreement'

/**
 * One raw call's parameters exactly as its contract hashes them (`keccak256(abi.encodePacked(...))`, in this
 * order), JSON-safe: uint256 permissions as decimal strings. The signer is never a parameter of its own: the
 * contract recovers it. Where a parameter names the acting account (operator of setNode/deleteNode, party of the
 * party calls, provider of deleteService) the app always passes the signer's own address.
 */
export type RawCall =
  | { kind: 'setNode'; operator: Address; domain: string }
  | { kind: 'deleteNode'; operator: Address }
  | { kind: 'setParty'; party: Address; countryCode: string; partyId: string; roles: number[]; operator: Address }
  | { kind: 'setPartyModules'; party: Address; sender: number[]; receiver: number[] }
  | { kind: 'deleteParty'; party: Address }
  | { kind: 'setService'; name: string; url: string; permissions: string[] }
  | { kind: 'deleteService'; provider: Address }
  | { kind: 'createAgreement'; provider: Address }
  | { kind: 'revokeAgreement'; provider: Address }

/** A raw call and the 65-byte signature (r, s, v with v = 27 or 28) its signer gave over the call's digest. */
export type SignedCall = { call: RawCall; signature: Hex }

export const SIGNED_REQUEST_FORMAT = 'ocn-signed-request'

/**
 * What a signer shares, as a JSON document and, base64url-encoded, in a link's fragment (`/relay#request=...`,
 * so the bearer authorization never reaches a server log). It carries no summary text: whoever opens it sees a
 * review the app builds from the signed parameters and the chain, never words the document brings.
 */
export type SignedRequest = {
  format: typeof SIGNED_REQUEST_FORMAT
  version: 1
  /** The network it was prepared on: advisory only, the signatures work on every network with these contracts. */
  chainId: number
  /** Who the document says signed it; the relay recovers every signature and refuses a mismatch. */
  signer: Address
  /** In the order they must be submitted (setParty before the setPartyModules that re-sends what it wiped). */
  calls: SignedCall[]
  /** ISO 8601, when it was signed: shown, never relied on (the signatures themselves never expire). */
  signedAt: string
}

/** A signed request whose every signature recovered to `signer`. */
export type VerifiedRequest = { signer: Address; chainId: number; calls: SignedCall[]; signedAt: string }

/** Caps that keep a pasted or linked document bounded (bytes of JSON, calls per request). */
export const SIGNED_REQUEST_MAX_BYTES = 16_384
export const SIGNED_REQUEST_MAX_CALLS = 8

/** The relay page and the fragment key its links use. */
export const RELAY_PATH = '/relay'
export const RELAY_FRAGMENT_KEY = 'request'

/**
 * Test ids shared by the signing side (part B) and the relay page (part C), so each side's e2e can drive the other.
 * Signing: the review's secondary button, the panel with the facts to confirm, the result (link + JSON).
 * Relay: input, open, the recovered signer, the review (the shared WriteReview), submit, outcome, errors.
 */
export const SIGNING_TEST_IDS = {
  start: 'sign-for-relay',
  panel: 'relay-signing',
  facts: 'signature-facts',
  confirm: 'signature-facts-confirm',
  sign: 'relay-sign',
  unavailable: 'relay-signing-unavailable',
  result: 'signed-request',
  link: 'signed-request-link',
  json: 'signed-request-json',
  download: 'signed-request-download',
} as const

export const RELAY_TEST_IDS = {
  input: 'relay-input',
  open: 'relay-open',
  error: 'relay-error',
  signer: 'relay-signer',
  submit: 'relay-submit',
  outcome: 'relay-outcome',
} as const
