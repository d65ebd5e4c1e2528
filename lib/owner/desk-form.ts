import { type Address, getAddress, isAddress, isAddressEqual, zeroAddress } from 'viem'
import { cleanText } from '../ocn/untrusted'

/**
 * The owner's desk forms as plain rules: a removal is confirmed by typing exactly what is removed and giving a
 * reason, a transfer by typing the new owner twice. Each rule says what is wrong in the owner's own terms.
 */

/** Long enough for a ticket number and a sentence; the reason is shown in the review and the confirmation. */
export const REASON_MAX_LENGTH = 280

/**
 * What the owner types to confirm a removal: the value as shown, hidden characters (bidi overrides, zero-width...)
 * spelled out as ⟨U+202E⟩, so that a hostile listing can be removed by what can be seen (and copied from the label).
 */
export const typedForm = (raw: string) => cleanText(raw, Number.POSITIVE_INFINITY).full

/** What the owner typed must be exactly what is removed (credentials "DE*MSP" or the node's URL), spaces around aside. */
export function confirmationMatches(typed: string, expected: string): boolean {
  return typed.trim() === expected
}

export function reasonProblem(reason: string): string | null {
  const trimmed = reason.trim()
  if (trimmed === '') return 'Give a reason: it is recorded in the review and in the confirmation.'
  if (trimmed.length > REASON_MAX_LENGTH) return `Keep the reason to ${REASON_MAX_LENGTH} characters (it has ${trimmed.length}).`
  return null
}

/** All-lower or all-upper hex carries no checksum (EIP-55); viem's strict check accepts only the first. */
const withoutChecksum = (address: string) => {
  const hex = address.slice(2)
  return hex === hex.toLowerCase() || hex === hex.toUpperCase()
}

export type NewOwnerCheck = { ok: true; address: Address } | { ok: false; field: 'first' | 'second'; message: string }

/**
 * The new owner as typed twice. A mixed-case address must carry a valid checksum (a typo in it then shows), an
 * all-lower or all-upper one has none to check; both entries must name the same address.
 */
export function checkNewOwner(first: string, second: string, currentOwner: Address): NewOwnerCheck {
  const typed = first.trim()
  if (typed === '') return { ok: false, field: 'first', message: "Enter the new owner's address." }
  if (!isAddress(typed, { strict: false })) return { ok: false, field: 'first', message: 'This is not an address: 0x followed by 40 hexadecimal characters.' }
  if (!withoutChecksum(typed) && !isAddress(typed)) return { ok: false, field: 'first', message: 'The capital letters of this address do not match its checksum: it was probably mistyped. Copy it again.' }
  const address = getAddress(typed)
  if (isAddressEqual(address, zeroAddress)) return { ok: false, field: 'first', message: 'The zero address cannot own the Registry.' }
  if (isAddressEqual(address, currentOwner)) return { ok: false, field: 'first', message: 'This account already owns the Registry.' }
  const again = second.trim()
  if (again === '') return { ok: false, field: 'second', message: 'Type the new owner again, to catch a typo.' }
  if (!isAddress(again, { strict: false }) || !isAddressEqual(getAddress(again), address)) {
    return { ok: false, field: 'second', message: 'The two addresses differ: check both.' }
  }
  return { ok: true, address }
}

/** What the chain says about a new owner before the Registry is handed to it. */
export type NewOwnerFacts = { hasCode: boolean; transactions: number; balance: bigint }

/**
 * Warnings, not refusals: a fresh key may be right, but an address that never sent a transaction nor holds any
 * funds is often a typo, and a contract (a Safe) can own the Registry only if it can call the owner's functions.
 */
export function newOwnerWarnings(facts: NewOwnerFacts): string[] {
  const warnings: string[] = []
  if (facts.hasCode) {
    warnings.push('This address is a contract (a multisig such as a Safe?). Make sure it can send transactions to the Registry, or nobody will ever be able to remove a listing again.')
  }
  if (!facts.hasCode && facts.transactions === 0 && facts.balance === 0n) {
    warnings.push('This address has never sent a transaction and holds no funds on this network. Make sure its owner holds its key.')
  }
  return warnings
}
