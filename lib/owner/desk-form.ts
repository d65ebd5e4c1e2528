import type { Translate } from '../i18n/translate'
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

export function reasonProblem(reason: string, t: Translate): string | null {
  const trimmed = reason.trim()
  if (trimmed === '') return t('owner.form.reasonMissing')
  if (trimmed.length > REASON_MAX_LENGTH) return t('owner.form.reasonTooLong', { max: REASON_MAX_LENGTH, length: trimmed.length })
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
export function checkNewOwner(first: string, second: string, currentOwner: Address, t: Translate): NewOwnerCheck {
  const typed = first.trim()
  if (typed === '') return { ok: false, field: 'first', message: t('owner.form.ownerMissing') }
  if (!isAddress(typed, { strict: false })) return { ok: false, field: 'first', message: t('owner.form.notAddress') }
  if (!withoutChecksum(typed) && !isAddress(typed)) return { ok: false, field: 'first', message: t('owner.form.badChecksum') }
  const address = getAddress(typed)
  if (isAddressEqual(address, zeroAddress)) return { ok: false, field: 'first', message: t('owner.form.zero') }
  if (isAddressEqual(address, currentOwner)) return { ok: false, field: 'first', message: t('owner.form.already') }
  const again = second.trim()
  if (again === '') return { ok: false, field: 'second', message: t('owner.form.againMissing') }
  if (!isAddress(again, { strict: false }) || !isAddressEqual(getAddress(again), address)) {
    return { ok: false, field: 'second', message: t('owner.form.differ') }
  }
  return { ok: true, address }
}

/** What the chain says about a new owner before the Registry is handed to it. */
export type NewOwnerFacts = { hasCode: boolean; transactions: number; balance: bigint }

/**
 * Warnings, not refusals: a fresh key may be right, but an address that never sent a transaction nor holds any
 * funds is often a typo, and a contract (a Safe) can own the Registry only if it can call the owner's functions.
 */
export function newOwnerWarnings(facts: NewOwnerFacts, t: Translate): string[] {
  const warnings: string[] = []
  if (facts.hasCode) {
    warnings.push(t('owner.form.contract'))
  }
  if (!facts.hasCode && facts.transactions === 0 && facts.balance === 0n) {
    warnings.push(t('owner.form.unused'))
  }
  return warnings
}
